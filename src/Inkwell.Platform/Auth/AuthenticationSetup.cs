using Inkwell.Platform.Api;
using Inkwell.Platform.Data;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Platform.Auth;

public static class AuthenticationSetup
{
    private static readonly string[] Schemes = ["Token ", "Bearer "];
    private static readonly string[] SigningInPaths = ["/api/users", "/api/users/login", "/api/users/token", "/api/users/logout"];

    public static void AddInkwellAuthentication(this IHostApplicationBuilder builder, DataFolder dataFolder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var isDevelopment = builder.Environment.IsDevelopment();

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new SigningKeyStore(options, dataFolder, isDevelopment, services.GetRequiredService<TimeProvider>()));

        // A process with the identity module replaces this with its own key set; any other fetches Identity's.
        // Either is created when first needed, so commands that never touch tokens (migrate, seed) need no key,
        // while serving resolves it at start-up and stops there if it cannot work.
        builder.Services.AddSingleton<ITokenValidationKeys>(JwksValidationKeys.Create);
        builder.Services.AddHttpClient(JwksValidationKeys.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));

        builder.Services.AddAuthorizationBuilder()
            // A person's endpoints need a person: a service's token names no user, so it is refused there (403).
            .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(c => c.User.FindUserId() is not null).Build())
            .AddPolicy(Policies.Moderator, policy => policy.RequireRole(Roles.Moderator, Roles.Admin))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Service, policy => policy.RequireRole(Roles.Service).RequireClaim(ServiceClaims.ClientId));
        builder.Services
            .AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "API token or site cookie", policy =>
            {
                // The API takes only tokens and the site only its cookie: a cookie can never authorize an API call.
                policy.ForwardDefaultSelector = context =>
                    !context.Request.Path.StartsWithSegments("/api") && context.RequestServices.GetService<SiteCookieAuthentication>() is not null
                        ? AuthSchemes.SiteCookie
                        : JwtBearerDefaults.AuthenticationScheme;
            })
            .AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<ITokenValidationKeys>((jwt, keys) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKeyResolver = (_, _, keyId, _) => keys.Find(keyId),

                    // Only RS256: a token that names HS256 must not get its signature checked with a public key as the secret.
                    ValidAlgorithms = [SigningKeySet.Algorithm],
                    NameClaimType = JwtRegisteredClaimNames.UniqueName,
                    RoleClaimType = Roles.ClaimType,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                jwt.Events = new JwtBearerEvents
                {
                    OnMessageReceived = async context =>
                    {
                        context.Token = ReadToken(context.Request.Headers.Authorization.ToString());
                        if (context.Token is { } token)
                        {
                            await keys.PrepareAsync(token, context.HttpContext.RequestAborted);
                        }
                    },
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        await WriteUnauthorizedAsync(context.Response, context.AuthenticateFailure is null ? "is missing" : "is invalid or expired");
                    },
                    OnForbidden = async context =>
                    {
                        context.Response.StatusCode = StatusCodes.Status403Forbidden;
                        await context.Response.WriteAsJsonAsync(ErrorResponse.For("token", "is not allowed to do this"));
                    },
                };
            });
    }

    /// <summary>
    /// On endpoints where authentication is optional, a token that was sent must still be valid:
    /// a silently ignored expired token would show a signed-in reader anonymous results.
    /// Signing up, signing in and exchanging or revoking a refresh token are exempt: that is how a client
    /// with an expired token recovers.
    /// </summary>
    public static void UseRejectInvalidTokens(this WebApplication app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        var sentToken = ReadToken(context.Request.Headers.Authorization.ToString()) is not null;
        var signingIn = SigningInPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase));
        if (sentToken && !signingIn && context.User.Identity?.IsAuthenticated != true && path.StartsWithSegments("/api"))
        {
            await WriteUnauthorizedAsync(context.Response, "is invalid or expired");
            return;
        }

        await next(context);
    });

    private static string? ReadToken(string header)
    {
        foreach (var scheme in Schemes)
        {
            if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                var token = header[scheme.Length..].Trim();
                return token.Length > 0 ? token : null;
            }
        }

        return null;
    }

    private static Task WriteUnauthorizedAsync(HttpResponse response, string message)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = "Token";
        return response.WriteAsJsonAsync(ErrorResponse.For("token", message));
    }
}
