using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningNetwork.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExperimentSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search over experiments (title, summary, barrier and lesson notes); rowid is the
            // experiment id. Filled by the application after every save (ExperimentSearchIndex).
            migrationBuilder.Sql("CREATE VIRTUAL TABLE ExperimentSearch USING fts5(Content, tokenize = 'unicode61 remove_diacritics 2');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE ExperimentSearch;");
        }
    }
}
