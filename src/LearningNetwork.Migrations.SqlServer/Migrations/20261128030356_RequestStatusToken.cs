using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningNetwork.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RequestStatusToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
