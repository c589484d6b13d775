using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningNetwork.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SingleUseAuthenticatorCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastAuthenticatorTimeStep",
                table: "AspNetUsers",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastAuthenticatorTimeStep",
                table: "AspNetUsers");
        }
    }
}
