using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningNetwork.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NewestFirstIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Experiments_DeletedAtUtc_CreatedAtUtc_Id",
                table: "Experiments",
                columns: new[] { "DeletedAtUtc", "CreatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_DeletedAtUtc_Visibility_CreatedAtUtc_Id",
                table: "Experiments",
                columns: new[] { "DeletedAtUtc", "Visibility", "CreatedAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Experiments_DeletedAtUtc_CreatedAtUtc_Id",
                table: "Experiments");

            migrationBuilder.DropIndex(
                name: "IX_Experiments_DeletedAtUtc_Visibility_CreatedAtUtc_Id",
                table: "Experiments");
        }
    }
}
