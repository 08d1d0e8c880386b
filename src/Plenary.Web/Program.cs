using Plenary.Web;

var builder = WebApplication.CreateBuilder(PlenaryWebSetup.CommandLine(args));
builder.AddPlenary();

var app = builder.Build();
await app.PrepareStoreAsync();
app.UsePlenary();
app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
