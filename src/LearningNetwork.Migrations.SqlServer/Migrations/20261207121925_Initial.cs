using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningNetwork.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    JobTitle = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "varchar(2)", unicode: false, maxLength: 2, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    WeeklyDigest = table.Column<bool>(type: "bit", nullable: false),
                    LastAuthenticatorTimeStep = table.Column<long>(type: "bigint", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: true),
                    SubjectUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Details = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Barriers",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    DescriptionEn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DescriptionNl = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TitleNl = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Barriers", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "CouplingThemes",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Domain = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DescriptionEn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DescriptionNl = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TitleNl = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouplingThemes", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Lessons",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    Group = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DescriptionEn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DescriptionNl = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TitleNl = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lessons", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CbsCode = table.Column<string>(type: "nchar(6)", fixedLength: true, maxLength: 6, nullable: false),
                    Province = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EmailDomains = table.Column<string>(type: "nvarchar(1100)", maxLength: 1100, nullable: false),
                    AutoApproveEmailDomains = table.Column<bool>(type: "bit", nullable: false),
                    ProposedForWerksessies = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    ItemKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    TextEn = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Words = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Stems = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: true),
                    DateUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SourcedExamples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Place = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SourceUrl = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    SummaryEn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    SummaryNl = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TitleNl = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WhereEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WhereNl = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedExamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SourcedQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    QuoteText = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    QuoteSpeaker = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    TextEn = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TextNl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    WhereEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WhereNl = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedQuestions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DigestDeliveries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    IsoYear = table.Column<int>(type: "int", nullable: false),
                    IsoWeek = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MessageId = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true),
                    Items = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DigestDeliveries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
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
                name: "NotificationFeeds",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    TokenHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationFeeds", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_NotificationFeeds_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Delivery = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => new { x.UserId, x.Kind });
                    table.ForeignKey(
                        name: "FK_NotificationPreferences_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubjectKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Url = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ContextUrl = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SeenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    MailMessageId = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "BarrierHelpfulLessons",
                columns: table => new
                {
                    BarrierNumber = table.Column<int>(type: "int", nullable: false),
                    LessonNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BarrierHelpfulLessons", x => new { x.BarrierNumber, x.LessonNumber });
                    table.ForeignKey(
                        name: "FK_BarrierHelpfulLessons_Barriers_BarrierNumber",
                        column: x => x.BarrierNumber,
                        principalTable: "Barriers",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BarrierHelpfulLessons_Lessons_LessonNumber",
                        column: x => x.LessonNumber,
                        principalTable: "Lessons",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MembershipRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false),
                    Motivation = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecidedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembershipRequests_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MembershipRequests_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Memberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    JoinedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Memberships_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Memberships_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SearchEntryTags",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Tag = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntryTags", x => new { x.EntryId, x.Tag });
                    table.ForeignKey(
                        name: "FK_SearchEntryTags_SearchEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "SearchEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Experiments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Neighbourhood = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Place = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Homes = table.Column<int>(type: "int", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StartPrecision = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    EndPrecision = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    OtherCoupling = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SourcedExampleId = table.Column<int>(type: "int", nullable: true),
                    ContactUserId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    Visibility = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeletedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Record = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                    table.ForeignKey(
                        name: "FK_Experiments_SourcedExamples_SourcedExampleId",
                        column: x => x.SourcedExampleId,
                        principalTable: "SourcedExamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SourcedExampleBarrier",
                columns: table => new
                {
                    ExampleId = table.Column<int>(type: "int", nullable: false),
                    BarrierNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedExampleBarrier", x => new { x.ExampleId, x.BarrierNumber });
                    table.ForeignKey(
                        name: "FK_SourcedExampleBarrier_Barriers_BarrierNumber",
                        column: x => x.BarrierNumber,
                        principalTable: "Barriers",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SourcedExampleBarrier_SourcedExamples_ExampleId",
                        column: x => x.ExampleId,
                        principalTable: "SourcedExamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourcedExampleLesson",
                columns: table => new
                {
                    ExampleId = table.Column<int>(type: "int", nullable: false),
                    LessonNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedExampleLesson", x => new { x.ExampleId, x.LessonNumber });
                    table.ForeignKey(
                        name: "FK_SourcedExampleLesson_Lessons_LessonNumber",
                        column: x => x.LessonNumber,
                        principalTable: "Lessons",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SourcedExampleLesson_SourcedExamples_ExampleId",
                        column: x => x.ExampleId,
                        principalTable: "SourcedExamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourcedExampleMunicipality",
                columns: table => new
                {
                    ExampleId = table.Column<int>(type: "int", nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedExampleMunicipality", x => new { x.ExampleId, x.MunicipalityId });
                    table.ForeignKey(
                        name: "FK_SourcedExampleMunicipality_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SourcedExampleMunicipality_SourcedExamples_ExampleId",
                        column: x => x.ExampleId,
                        principalTable: "SourcedExamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourcedExampleTheme",
                columns: table => new
                {
                    ExampleId = table.Column<int>(type: "int", nullable: false),
                    ThemeKey = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedExampleTheme", x => new { x.ExampleId, x.ThemeKey });
                    table.ForeignKey(
                        name: "FK_SourcedExampleTheme_CouplingThemes_ThemeKey",
                        column: x => x.ThemeKey,
                        principalTable: "CouplingThemes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SourcedExampleTheme_SourcedExamples_ExampleId",
                        column: x => x.ExampleId,
                        principalTable: "SourcedExamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourcedQuote",
                columns: table => new
                {
                    ExampleId = table.Column<int>(type: "int", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Speaker = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedQuote", x => new { x.ExampleId, x.Order });
                    table.ForeignKey(
                        name: "FK_SourcedQuote_SourcedExamples_ExampleId",
                        column: x => x.ExampleId,
                        principalTable: "SourcedExamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourcedQuestionBarrier",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "int", nullable: false),
                    BarrierNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedQuestionBarrier", x => new { x.QuestionId, x.BarrierNumber });
                    table.ForeignKey(
                        name: "FK_SourcedQuestionBarrier_Barriers_BarrierNumber",
                        column: x => x.BarrierNumber,
                        principalTable: "Barriers",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SourcedQuestionBarrier_SourcedQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SourcedQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourcedQuestionLesson",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "int", nullable: false),
                    LessonNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedQuestionLesson", x => new { x.QuestionId, x.LessonNumber });
                    table.ForeignKey(
                        name: "FK_SourcedQuestionLesson_Lessons_LessonNumber",
                        column: x => x.LessonNumber,
                        principalTable: "Lessons",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SourcedQuestionLesson_SourcedQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SourcedQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourcedQuestionMunicipality",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "int", nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedQuestionMunicipality", x => new { x.QuestionId, x.MunicipalityId });
                    table.ForeignKey(
                        name: "FK_SourcedQuestionMunicipality_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SourcedQuestionMunicipality_SourcedQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SourcedQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourcedQuestionTheme",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "int", nullable: false),
                    ThemeKey = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedQuestionTheme", x => new { x.QuestionId, x.ThemeKey });
                    table.ForeignKey(
                        name: "FK_SourcedQuestionTheme_CouplingThemes_ThemeKey",
                        column: x => x.ThemeKey,
                        principalTable: "CouplingThemes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SourcedQuestionTheme_SourcedQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SourcedQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: false),
                    ToAddress = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    HtmlBody = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UnsubscribeUrl = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DigestDeliveryId = table.Column<int>(type: "int", nullable: true),
                    AttachmentFileName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AttachmentContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AttachmentContent = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_DigestDeliveries_DigestDeliveryId",
                        column: x => x.DigestDeliveryId,
                        principalTable: "DigestDeliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnchoringDismissals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ExperimentId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    DismissedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DismissedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnchoringDismissals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnchoringDismissals_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExperimentBarrier",
                columns: table => new
                {
                    ExperimentId = table.Column<int>(type: "int", nullable: false),
                    BarrierNumber = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    StateSinceUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BlockingSinceUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                name: "ExperimentDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ExperimentId = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Caption = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Type = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    Width = table.Column<int>(type: "int", nullable: true),
                    Height = table.Column<int>(type: "int", nullable: true),
                    UploadedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperimentDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExperimentDocuments_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExperimentLesson",
                columns: table => new
                {
                    ExperimentId = table.Column<int>(type: "int", nullable: false),
                    LessonNumber = table.Column<int>(type: "int", nullable: false),
                    Helped = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ExperimentId = table.Column<int>(type: "int", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false)
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
                name: "ExperimentRecordTag",
                columns: table => new
                {
                    ExperimentId = table.Column<int>(type: "int", nullable: false),
                    Tag = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperimentRecordTag", x => new { x.ExperimentId, x.Tag });
                    table.ForeignKey(
                        name: "FK_ExperimentRecordTag_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExperimentTheme",
                columns: table => new
                {
                    ExperimentId = table.Column<int>(type: "int", nullable: false),
                    ThemeKey = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ExperimentId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FromStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ToStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AuthorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ExperimentWorks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ExperimentId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    WindowFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    WindowTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Coupled = table.Column<bool>(type: "bit", nullable: false),
                    PromptedForWindow = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExperimentWorks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExperimentWorks_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
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
                    SourcedQuestionId = table.Column<int>(type: "int", nullable: true),
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
                    table.ForeignKey(
                        name: "FK_LearningQuestions_SourcedQuestions_SourcedQuestionId",
                        column: x => x.SourcedQuestionId,
                        principalTable: "SourcedQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentContents",
                columns: table => new
                {
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    Variant = table.Column<int>(type: "int", nullable: false),
                    Bytes = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentContents", x => new { x.DocumentId, x.Variant });
                    table.ForeignKey(
                        name: "FK_DocumentContents_ExperimentDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ExperimentDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    HiddenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HiddenByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    HiddenReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
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
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastAnswer = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "Werksessies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CalendarUid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    BarrierNumber = table.Column<int>(type: "int", nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false),
                    ExperimentId = table.Column<int>(type: "int", nullable: true),
                    QuestionId = table.Column<int>(type: "int", nullable: true),
                    OrganiserUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Online = table.Column<bool>(type: "bit", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    AgendaMarkdown = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    AgendaHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Werksessies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Werksessies_Barriers_BarrierNumber",
                        column: x => x.BarrierNumber,
                        principalTable: "Barriers",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Werksessies_Experiments_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "Experiments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Werksessies_LearningQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "LearningQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Werksessies_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "SourcedQuestionAnswer",
                columns: table => new
                {
                    QuestionId = table.Column<int>(type: "int", nullable: false),
                    ReflectionId = table.Column<int>(type: "int", nullable: false),
                    LinkedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    LinkedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourcedQuestionAnswer", x => new { x.QuestionId, x.ReflectionId });
                    table.ForeignKey(
                        name: "FK_SourcedQuestionAnswer_Reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalTable: "Reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SourcedQuestionAnswer_SourcedQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SourcedQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WerksessieHarvests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WerksessieId = table.Column<int>(type: "int", nullable: false),
                    Audience = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CorrectionsCloseAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WerksessieHarvests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WerksessieHarvests_Werksessies_WerksessieId",
                        column: x => x.WerksessieId,
                        principalTable: "Werksessies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WerksessieInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WerksessieId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false),
                    Response = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    InvitedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RespondedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReminderMessageId = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WerksessieInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WerksessieInvitations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WerksessieInvitations_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WerksessieInvitations_Werksessies_WerksessieId",
                        column: x => x.WerksessieId,
                        principalTable: "Werksessies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HarvestEyeOpener",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HarvestId = table.Column<int>(type: "int", nullable: false),
                    MunicipalityId = table.Column<int>(type: "int", nullable: false),
                    ExperimentId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    BodyHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Lessons = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ConsentByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ConsentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ChangedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReflectionId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HarvestEyeOpener", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HarvestEyeOpener_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HarvestEyeOpener_WerksessieHarvests_HarvestId",
                        column: x => x.HarvestId,
                        principalTable: "WerksessieHarvests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HarvestNextSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HarvestId = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    OwnerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OverdueNotifiedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HarvestNextSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HarvestNextSteps_WerksessieHarvests_HarvestId",
                        column: x => x.HarvestId,
                        principalTable: "WerksessieHarvests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HarvestRewording",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HarvestId = table.Column<int>(type: "int", nullable: false),
                    QuestionId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ChangedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HarvestRewording", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HarvestRewording_WerksessieHarvests_HarvestId",
                        column: x => x.HarvestId,
                        principalTable: "WerksessieHarvests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnchoringDismissals_ExperimentId_Kind",
                table: "AnchoringDismissals",
                columns: new[] { "ExperimentId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Action_AtUtc",
                table: "AuditLog",
                columns: new[] { "Action", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_AtUtc",
                table: "AuditLog",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_MunicipalityId_AtUtc",
                table: "AuditLog",
                columns: new[] { "MunicipalityId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BarrierHelpfulLessons_LessonNumber",
                table: "BarrierHelpfulLessons",
                column: "LessonNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_AuthorUserId",
                table: "Comments",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Comments_ReflectionId_CreatedAtUtc",
                table: "Comments",
                columns: new[] { "ReflectionId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DigestDeliveries_ClaimToken",
                table: "DigestDeliveries",
                column: "ClaimToken");

            migrationBuilder.CreateIndex(
                name: "IX_DigestDeliveries_IsoYear_IsoWeek_Status",
                table: "DigestDeliveries",
                columns: new[] { "IsoYear", "IsoWeek", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DigestDeliveries_Status_DueAtUtc",
                table: "DigestDeliveries",
                columns: new[] { "Status", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DigestDeliveries_UserId_IsoYear_IsoWeek",
                table: "DigestDeliveries",
                columns: new[] { "UserId", "IsoYear", "IsoWeek" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentBarrier_BarrierNumber_State_ExperimentId",
                table: "ExperimentBarrier",
                columns: new[] { "BarrierNumber", "State", "ExperimentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentDocuments_ExperimentId_UploadedAtUtc",
                table: "ExperimentDocuments",
                columns: new[] { "ExperimentId", "UploadedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentLesson_LessonNumber_ExperimentId",
                table: "ExperimentLesson",
                columns: new[] { "LessonNumber", "ExperimentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentPartner_ExperimentId",
                table: "ExperimentPartner",
                column: "ExperimentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentRecordTag_Tag_ExperimentId",
                table: "ExperimentRecordTag",
                columns: new[] { "Tag", "ExperimentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_ContactUserId",
                table: "Experiments",
                column: "ContactUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_CreatedAtUtc",
                table: "Experiments",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_DeletedAtUtc_CreatedAtUtc_Id_Visibility_MunicipalityId",
                table: "Experiments",
                columns: new[] { "DeletedAtUtc", "CreatedAtUtc", "Id", "Visibility", "MunicipalityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_DeletedAtUtc_Visibility_CreatedAtUtc_Id",
                table: "Experiments",
                columns: new[] { "DeletedAtUtc", "Visibility", "CreatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_DeletedAtUtc_Visibility_MunicipalityId",
                table: "Experiments",
                columns: new[] { "DeletedAtUtc", "Visibility", "MunicipalityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_MunicipalityId_Status",
                table: "Experiments",
                columns: new[] { "MunicipalityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Experiments_SourcedExampleId",
                table: "Experiments",
                column: "SourcedExampleId");

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

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentWorks_ExperimentId",
                table: "ExperimentWorks",
                column: "ExperimentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExperimentWorks_WindowFrom_Coupled",
                table: "ExperimentWorks",
                columns: new[] { "WindowFrom", "Coupled" });

            migrationBuilder.CreateIndex(
                name: "IX_Follows_Kind_Key",
                table: "Follows",
                columns: new[] { "Kind", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_HarvestEyeOpener_HarvestId",
                table: "HarvestEyeOpener",
                column: "HarvestId");

            migrationBuilder.CreateIndex(
                name: "IX_HarvestEyeOpener_MunicipalityId",
                table: "HarvestEyeOpener",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_HarvestEyeOpener_ReflectionId",
                table: "HarvestEyeOpener",
                column: "ReflectionId");

            migrationBuilder.CreateIndex(
                name: "IX_HarvestNextSteps_DueDate_DoneAtUtc_OverdueNotifiedAtUtc",
                table: "HarvestNextSteps",
                columns: new[] { "DueDate", "DoneAtUtc", "OverdueNotifiedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_HarvestNextSteps_HarvestId",
                table: "HarvestNextSteps",
                column: "HarvestId");

            migrationBuilder.CreateIndex(
                name: "IX_HarvestRewording_HarvestId",
                table: "HarvestRewording",
                column: "HarvestId");

            migrationBuilder.CreateIndex(
                name: "IX_HarvestRewording_QuestionId",
                table: "HarvestRewording",
                column: "QuestionId");

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
                name: "IX_LearningQuestions_SourcedQuestionId_MunicipalityId",
                table: "LearningQuestions",
                columns: new[] { "SourcedQuestionId", "MunicipalityId" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuestions_State_Visibility_MunicipalityId",
                table: "LearningQuestions",
                columns: new[] { "State", "Visibility", "MunicipalityId" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuestionTheme_ThemeKey_QuestionId",
                table: "LearningQuestionTheme",
                columns: new[] { "ThemeKey", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_MembershipRequests_MunicipalityId_Status",
                table: "MembershipRequests",
                columns: new[] { "MunicipalityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MembershipRequests_OnePendingPerUser",
                table: "MembershipRequests",
                column: "UserId",
                unique: true,
                filter: "Status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_MunicipalityId_Role",
                table: "Memberships",
                columns: new[] { "MunicipalityId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_UserId",
                table: "Memberships",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_CbsCode",
                table: "Municipalities",
                column: "CbsCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_Name",
                table: "Municipalities",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_Province",
                table: "Municipalities",
                column: "Province");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationFeeds_TokenHash",
                table: "NotificationFeeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_CreatedAtUtc_MailMessageId",
                table: "Notifications",
                columns: new[] { "CreatedAtUtc", "MailMessageId" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_Kind_SubjectKey",
                table: "Notifications",
                columns: new[] { "UserId", "Kind", "SubjectKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAtUtc_CreatedAtUtc",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAtUtc", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ClaimToken",
                table: "OutboxMessages",
                column: "ClaimToken");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DigestDeliveryId",
                table: "OutboxMessages",
                column: "DigestDeliveryId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "Status", "NextAttemptAtUtc" });

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

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Kind_ItemId",
                table: "SearchEntries",
                columns: new[] { "Kind", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Kind_ItemKey",
                table: "SearchEntries",
                columns: new[] { "Kind", "ItemKey" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_MunicipalityId_DateUtc",
                table: "SearchEntries",
                columns: new[] { "MunicipalityId", "DateUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntryTags_Tag_EntryId",
                table: "SearchEntryTags",
                columns: new[] { "Tag", "EntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_SourcedExampleBarrier_BarrierNumber_ExampleId",
                table: "SourcedExampleBarrier",
                columns: new[] { "BarrierNumber", "ExampleId" });

            migrationBuilder.CreateIndex(
                name: "IX_SourcedExampleLesson_LessonNumber_ExampleId",
                table: "SourcedExampleLesson",
                columns: new[] { "LessonNumber", "ExampleId" });

            migrationBuilder.CreateIndex(
                name: "IX_SourcedExampleMunicipality_MunicipalityId_ExampleId",
                table: "SourcedExampleMunicipality",
                columns: new[] { "MunicipalityId", "ExampleId" });

            migrationBuilder.CreateIndex(
                name: "IX_SourcedExamples_Key",
                table: "SourcedExamples",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SourcedExampleTheme_ThemeKey_ExampleId",
                table: "SourcedExampleTheme",
                columns: new[] { "ThemeKey", "ExampleId" });

            migrationBuilder.CreateIndex(
                name: "IX_SourcedQuestionAnswer_LinkedAtUtc",
                table: "SourcedQuestionAnswer",
                column: "LinkedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SourcedQuestionAnswer_ReflectionId",
                table: "SourcedQuestionAnswer",
                column: "ReflectionId");

            migrationBuilder.CreateIndex(
                name: "IX_SourcedQuestionBarrier_BarrierNumber_QuestionId",
                table: "SourcedQuestionBarrier",
                columns: new[] { "BarrierNumber", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_SourcedQuestionLesson_LessonNumber_QuestionId",
                table: "SourcedQuestionLesson",
                columns: new[] { "LessonNumber", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_SourcedQuestionMunicipality_MunicipalityId_QuestionId",
                table: "SourcedQuestionMunicipality",
                columns: new[] { "MunicipalityId", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_SourcedQuestions_Key",
                table: "SourcedQuestions",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SourcedQuestionTheme_ThemeKey_QuestionId",
                table: "SourcedQuestionTheme",
                columns: new[] { "ThemeKey", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_WerksessieHarvests_PublishedAtUtc_CorrectionsCloseAtUtc",
                table: "WerksessieHarvests",
                columns: new[] { "PublishedAtUtc", "CorrectionsCloseAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WerksessieHarvests_WerksessieId",
                table: "WerksessieHarvests",
                column: "WerksessieId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WerksessieInvitations_MunicipalityId",
                table: "WerksessieInvitations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_WerksessieInvitations_UserId_Response",
                table: "WerksessieInvitations",
                columns: new[] { "UserId", "Response" });

            migrationBuilder.CreateIndex(
                name: "IX_WerksessieInvitations_WerksessieId_UserId",
                table: "WerksessieInvitations",
                columns: new[] { "WerksessieId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Werksessies_BarrierNumber_State",
                table: "Werksessies",
                columns: new[] { "BarrierNumber", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Werksessies_CalendarUid",
                table: "Werksessies",
                column: "CalendarUid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Werksessies_ExperimentId",
                table: "Werksessies",
                column: "ExperimentId");

            migrationBuilder.CreateIndex(
                name: "IX_Werksessies_MunicipalityId",
                table: "Werksessies",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Werksessies_QuestionId",
                table: "Werksessies",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_Werksessies_State_StartsAtUtc",
                table: "Werksessies",
                columns: new[] { "State", "StartsAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnchoringDismissals");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "BarrierHelpfulLessons");

            migrationBuilder.DropTable(
                name: "Comments");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DocumentContents");

            migrationBuilder.DropTable(
                name: "ExperimentBarrier");

            migrationBuilder.DropTable(
                name: "ExperimentLesson");

            migrationBuilder.DropTable(
                name: "ExperimentPartner");

            migrationBuilder.DropTable(
                name: "ExperimentRecordTag");

            migrationBuilder.DropTable(
                name: "ExperimentTheme");

            migrationBuilder.DropTable(
                name: "ExperimentWorks");

            migrationBuilder.DropTable(
                name: "Follows");

            migrationBuilder.DropTable(
                name: "HarvestEyeOpener");

            migrationBuilder.DropTable(
                name: "HarvestNextSteps");

            migrationBuilder.DropTable(
                name: "HarvestRewording");

            migrationBuilder.DropTable(
                name: "LearningQuestionAnswer");

            migrationBuilder.DropTable(
                name: "LearningQuestionBarrier");

            migrationBuilder.DropTable(
                name: "LearningQuestionHistory");

            migrationBuilder.DropTable(
                name: "LearningQuestionTheme");

            migrationBuilder.DropTable(
                name: "MembershipRequests");

            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropTable(
                name: "NotificationFeeds");

            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Recognitions");

            migrationBuilder.DropTable(
                name: "ReflectionBarrier");

            migrationBuilder.DropTable(
                name: "ReflectionLesson");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "SearchEntryTags");

            migrationBuilder.DropTable(
                name: "SourcedExampleBarrier");

            migrationBuilder.DropTable(
                name: "SourcedExampleLesson");

            migrationBuilder.DropTable(
                name: "SourcedExampleMunicipality");

            migrationBuilder.DropTable(
                name: "SourcedExampleTheme");

            migrationBuilder.DropTable(
                name: "SourcedQuestionAnswer");

            migrationBuilder.DropTable(
                name: "SourcedQuestionBarrier");

            migrationBuilder.DropTable(
                name: "SourcedQuestionLesson");

            migrationBuilder.DropTable(
                name: "SourcedQuestionMunicipality");

            migrationBuilder.DropTable(
                name: "SourcedQuestionTheme");

            migrationBuilder.DropTable(
                name: "SourcedQuote");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropTable(
                name: "WerksessieInvitations");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "ExperimentDocuments");

            migrationBuilder.DropTable(
                name: "WerksessieHarvests");

            migrationBuilder.DropTable(
                name: "DigestDeliveries");

            migrationBuilder.DropTable(
                name: "SearchEntries");

            migrationBuilder.DropTable(
                name: "Reflections");

            migrationBuilder.DropTable(
                name: "Lessons");

            migrationBuilder.DropTable(
                name: "CouplingThemes");

            migrationBuilder.DropTable(
                name: "Werksessies");

            migrationBuilder.DropTable(
                name: "ExperimentTimeline");

            migrationBuilder.DropTable(
                name: "Barriers");

            migrationBuilder.DropTable(
                name: "LearningQuestions");

            migrationBuilder.DropTable(
                name: "Experiments");

            migrationBuilder.DropTable(
                name: "SourcedQuestions");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Municipalities");

            migrationBuilder.DropTable(
                name: "SourcedExamples");
        }
    }
}
