using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningNetwork.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Experiments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Experiments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Neighbourhood = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Homes = table.Column<int>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContactUserId = table.Column<string>(type: "TEXT", nullable: true),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experiments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Experiments_AspNetUsers_ContactUserId",
                        column: x => x.ContactUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Experiments_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExperimentBarrier",
                columns: table => new
                {
                    ExperimentId = table.Column<int>(type: "INTEGER", nullable: false),
                    BarrierNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperimentBarrier", x => new { x.ExperimentId, x.BarrierNumber });
                    table.ForeignKey(
                        name: "FK_ExperimentBarrier_Barriers_BarrierNumber",
                        column: x => x.BarrierNumber,
                        principalTable: "Barriers",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExperimentBarrier_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExperimentLesson",
                columns: table => new
                {
                    ExperimentId = table.Column<int>(type: "INTEGER", nullable: false),
                    LessonNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Helped = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperimentLesson", x => new { x.ExperimentId, x.LessonNumber });
                    table.ForeignKey(
                        name: "FK_ExperimentLesson_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExperimentLesson_Lessons_LessonNumber",
                        column: x => x.LessonNumber,
                        principalTable: "Lessons",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExperimentPartner",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExperimentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperimentPartner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExperimentPartner_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExperimentTheme",
                columns: table => new
                {
                    ExperimentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperimentTheme", x => new { x.ExperimentId, x.ThemeKey });
                    table.ForeignKey(
                        name: "FK_ExperimentTheme_CouplingThemes_ThemeKey",
                        column: x => x.ThemeKey,
                        principalTable: "CouplingThemes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExperimentTheme_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExperimentTimeline",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExperimentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperimentTimeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExperimentTimeline_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentBarrier_BarrierNumber_State_ExperimentId",
                table: "ExperimentBarrier",
                columns: new[] { "BarrierNumber", "State", "ExperimentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentLesson_LessonNumber_ExperimentId",
                table: "ExperimentLesson",
                columns: new[] { "LessonNumber", "ExperimentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentPartner_ExperimentId",
                table: "ExperimentPartner",
                column: "ExperimentId");

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_ContactUserId",
                table: "Experiments",
                column: "ContactUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_CreatedAtUtc",
                table: "Experiments",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_DeletedAtUtc_Visibility_MunicipalityId",
                table: "Experiments",
                columns: new[] { "DeletedAtUtc", "Visibility", "MunicipalityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_MunicipalityId_Status",
                table: "Experiments",
                columns: new[] { "MunicipalityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_Status",
                table: "Experiments",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_Title",
                table: "Experiments",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_UpdatedAtUtc",
                table: "Experiments",
                column: "UpdatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentTheme_ThemeKey_ExperimentId",
                table: "ExperimentTheme",
                columns: new[] { "ThemeKey", "ExperimentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentTimeline_ExperimentId_AtUtc",
                table: "ExperimentTimeline",
                columns: new[] { "ExperimentId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExperimentBarrier");

            migrationBuilder.DropTable(
                name: "ExperimentLesson");

            migrationBuilder.DropTable(
                name: "ExperimentPartner");

            migrationBuilder.DropTable(
                name: "ExperimentTheme");

            migrationBuilder.DropTable(
                name: "ExperimentTimeline");

            migrationBuilder.DropTable(
                name: "Experiments");
        }
    }
}
