// The ceiling Inkwell's API is measured against: the same web host defaults, Kestrel and
// System.Text.Json writer as Inkwell, and no work behind them.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
var app = builder.Build();

app.MapGet("/", () => TypedResults.Ok(new Pong("ok", 1)));

app.Run();

internal sealed record Pong(string Status, int Version);
