using LearningNetwork.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();
return await app.RunPortalAsync(args);

/// <summary>The portal's entry point; public so the tests can host it.</summary>
public partial class Program;
