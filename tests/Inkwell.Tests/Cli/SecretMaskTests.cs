using Inkwell.Cli.Config;

namespace Inkwell.Tests.Cli;

/// <summary>What <c>config show</c> hides, and what it leaves readable.</summary>
public sealed class SecretMaskTests
{
    [Theory]
    [InlineData("Auth:SigningKey", "-----BEGIN PRIVATE KEY-----")]
    [InlineData("Mail:Smtp:Password", "hunter2")]
    [InlineData("Search:ApiKey", "abc")]
    [InlineData("Payments:ClientSecret", "abc")]
    [InlineData("Github:AccessToken", "abc")]
    [InlineData("Some:DbPassword", "abc")]
    public void A_key_named_like_a_secret_is_masked_whole(string key, string value) =>
        Assert.Equal(SecretMask.Mask, SecretMask.Apply(key, value));

    [Theory]
    [InlineData("ConnectionStrings:Inkwell", "Host=db;Username=inkwell;Password=s3cret;Database=x", "Host=db;Username=inkwell;Password=****;Database=x")]
    [InlineData("ConnectionStrings:Inkwell", "Host=db; pwd = s3cret", "Host=db; pwd = ****")]
    [InlineData("Cache:Redis", "redis.local:6379,password=s3cret,ssl=true", "redis.local:6379,password=****,ssl=true")]
    [InlineData("Bus:RabbitMq", "amqp://inkwell:s3cret@rabbit:5672/", "amqp://inkwell:****@rabbit:5672/")]
    public void A_password_inside_a_connection_string_or_url_is_masked_and_the_rest_kept(string key, string value, string shown) =>
        Assert.Equal(shown, SecretMask.Apply(key, value));

    [Theory]
    [InlineData("Auth:TokenLifetime", "3.00:00:00")]
    [InlineData("Auth:RefreshTokenLifetime", "30.00:00:00")]
    [InlineData("Auth:SigningKeys:Path", "/etc/inkwell/keys")]
    [InlineData("Auth:SigningKeys:Active", "2026-01")]
    [InlineData("Database:Provider", "Postgres")]
    [InlineData("Bus:RabbitMq", "amqp://rabbit:5672/")]
    public void Settings_that_are_not_secrets_stay_readable(string key, string value) =>
        Assert.Equal(value, SecretMask.Apply(key, value));
}
