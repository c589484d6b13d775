using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningNetwork.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Reflections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Reflections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ExperimentId = table.Column<int>(type: "int", nullable: false),
                    AuthorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    BodyHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TimelineEntryId = table.Column<int>(type: "int", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reflections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reflections_ExperimentTimeline_TimelineEntryId",
                        column: x => x.TimelineEntryId,
                        principalTable: "ExperimentTimeline",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Reflections_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Recognitions",
                columns: table => new
                {
                    ReflectionId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recognitions", x => new { x.ReflectionId, x.UserId });
                    table.ForeignKey(
                        name: "FK_Recognitions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Recognitions_Reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalTable: "Reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReflectionBarrier",
                columns: table => new
                {
                    ReflectionId = table.Column<int>(type: "int", nullable: false),
                    BarrierNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectionBarrier", x => new { x.ReflectionId, x.BarrierNumber });
                    table.ForeignKey(
                        name: "FK_ReflectionBarrier_Barriers_BarrierNumber",
                        column: x => x.BarrierNumber,
                        principalTable: "Barriers",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReflectionBarrier_Reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalTable: "Reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReflectionLesson",
                columns: table => new
                {
                    ReflectionId = table.Column<int>(type: "int", nullable: false),
                    LessonNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectionLesson", x => new { x.ReflectionId, x.LessonNumber });
                    table.ForeignKey(
                        name: "FK_ReflectionLesson_Lessons_LessonNumber",
                        column: x => x.LessonNumber,
                        principalTable: "Lessons",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReflectionLesson_Reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalTable: "Reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Recognitions_UserId",
                table: "Recognitions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionBarrier_BarrierNumber_ReflectionId",
                table: "ReflectionBarrier",
                columns: new[] { "BarrierNumber", "ReflectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReflectionLesson_LessonNumber_ReflectionId",
                table: "ReflectionLesson",
                columns: new[] { "LessonNumber", "ReflectionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reflections_CreatedAtUtc",
                table: "Reflections",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Reflections_ExperimentId_CreatedAtUtc",
                table: "Reflections",
                columns: new[] { "ExperimentId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reflections_TimelineEntryId",
                table: "Reflections",
                column: "TimelineEntryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Recognitions");

            migrationBuilder.DropTable(
                name: "ReflectionBarrier");

            migrationBuilder.DropTable(
                name: "ReflectionLesson");

            migrationBuilder.DropTable(
                name: "Reflections");
        }
    }
}
