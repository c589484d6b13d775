using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningNetwork.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LearningAgendaCommentsFollows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Comments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReflectionId = table.Column<int>(type: "int", nullable: false),
                    AuthorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: false),
                    BodyHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EditedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HiddenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HiddenByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    HiddenReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Comments_AspNetUsers_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Comments_Reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalTable: "Reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Follows",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Follows", x => new { x.UserId, x.Kind, x.Key });
                    table.ForeignKey(
                        name: "FK_Follows_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false),
                    ExperimentId = table.Column<int>(type: "int", nullable: true),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Visibility = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AuthorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningQuestions_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_LearningQuestions_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Target = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TargetId = table.Column<int>(type: "int", nullable: false),
                    ReporterUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ResolvedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_AspNetUsers_ReporterUserId",
                        column: x => x.ReporterUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LastSeenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SinceUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_Visits_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningQuestionAnswer",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "int", nullable: false),
                    ReflectionId = table.Column<int>(type: "int", nullable: false),
                    LinkedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    LinkedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningQuestionAnswer", x => new { x.QuestionId, x.ReflectionId });
                    table.ForeignKey(
                        name: "FK_LearningQuestionAnswer_LearningQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "LearningQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearningQuestionAnswer_Reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalTable: "Reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningQuestionBarrier",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "int", nullable: false),
                    BarrierNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningQuestionBarrier", x => new { x.QuestionId, x.BarrierNumber });
                    table.ForeignKey(
                        name: "FK_LearningQuestionBarrier_Barriers_BarrierNumber",
                        column: x => x.BarrierNumber,
                        principalTable: "Barriers",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LearningQuestionBarrier_LearningQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "LearningQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningQuestionHistory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    QuestionId = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningQuestionHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningQuestionHistory_LearningQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "LearningQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningQuestionTheme",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "int", nullable: false),
                    ThemeKey = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningQuestionTheme", x => new { x.QuestionId, x.ThemeKey });
                    table.ForeignKey(
                        name: "FK_LearningQuestionTheme_CouplingThemes_ThemeKey",
                        column: x => x.ThemeKey,
                        principalTable: "CouplingThemes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LearningQuestionTheme_LearningQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "LearningQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Comments_AuthorUserId",
                table: "Comments",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_ReflectionId_CreatedAtUtc",
                table: "Comments",
                columns: new[] { "ReflectionId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Follows_Kind_Key",
                table: "Follows",
                columns: new[] { "Kind", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuestionAnswer_ReflectionId",
                table: "LearningQuestionAnswer",
                column: "ReflectionId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuestionBarrier_BarrierNumber_QuestionId",
                table: "LearningQuestionBarrier",
                columns: new[] { "BarrierNumber", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuestionHistory_QuestionId",
                table: "LearningQuestionHistory",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuestions_AnsweredAtUtc",
                table: "LearningQuestions",
                column: "AnsweredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuestions_ExperimentId",
                table: "LearningQuestions",
                column: "ExperimentId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuestions_MunicipalityId_State",
                table: "LearningQuestions",
                columns: new[] { "MunicipalityId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuestions_State_Visibility_MunicipalityId",
                table: "LearningQuestions",
                columns: new[] { "State", "Visibility", "MunicipalityId" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuestionTheme_ThemeKey_QuestionId",
                table: "LearningQuestionTheme",
                columns: new[] { "ThemeKey", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Outcome_CreatedAtUtc",
                table: "Reports",
                columns: new[] { "Outcome", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ReporterUserId",
                table: "Reports",
                column: "ReporterUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Target_TargetId_ReporterUserId",
                table: "Reports",
                columns: new[] { "Target", "TargetId", "ReporterUserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Comments");

            migrationBuilder.DropTable(
                name: "Follows");

            migrationBuilder.DropTable(
                name: "LearningQuestionAnswer");

            migrationBuilder.DropTable(
                name: "LearningQuestionBarrier");

            migrationBuilder.DropTable(
                name: "LearningQuestionHistory");

            migrationBuilder.DropTable(
                name: "LearningQuestionTheme");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropTable(
                name: "LearningQuestions");
        }
    }
}
