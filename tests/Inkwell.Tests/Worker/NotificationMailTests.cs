using Inkwell.Identity.Contracts;
using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Web;
using Inkwell.Worker.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Worker;

/// <summary>Events become mails in the pickup folder: to the right person, saying the right thing, with a working unsubscribe link.</summary>
[Collection(WorkerCollection.Name)]
public sealed class NotificationMailTests(WorkerFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_new_follower_mails_the_person_followed_with_a_link_to_the_follower()
    {
        var writer = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();

        (await _api.PostAsync($"/api/profiles/{writer.Username}/follow", null, reader.Token)).EnsureSuccessStatusCode();

        var mail = await MailFolder.WaitForAsync(factory.MailFolder, writer.Email, m => m.Subject?.Contains(reader.Username, StringComparison.Ordinal) == true);
        Assert.Equal($"{reader.Username} is now following you on Inkwell", mail.Subject);
        Assert.Equal(writer.Username, mail.To.Mailboxes.Single().Name);
        Assert.Contains($"https://inkwell.example/profile/{reader.Username}", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(MailFolder.To(factory.MailFolder, reader.Email));
    }

    [Fact]
    public async Task A_comment_mails_the_article_author_quoting_it_but_not_when_the_author_comments()
    {
        var author = await _api.RegisterAsync();
        var commenter = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author, title: ApiClient.Unique("Commented "));
        var slug = article["slug"]!.GetValue<string>();

        await _api.PostAsync($"/api/articles/{slug}/comments", new { comment = new { body = "My own note first." } }, author.Token);
        (await _api.PostAsync($"/api/articles/{slug}/comments", new { comment = new { body = "What a <fine> read." } }, commenter.Token)).EnsureSuccessStatusCode();
        await factory.WaitForQueueAsync(SendCommentMail.JobName);

        var mail = Assert.Single(MailFolder.To(factory.MailFolder, author.Email));
        Assert.Equal($"{commenter.Username} commented on \"{article["title"]}\"", mail.Subject);
        Assert.Contains("What a <fine> read.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("What a &lt;fine&gt; read.", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"https://inkwell.example/article/{slug}", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unsubscribe_link_switches_mail_off_without_signing_in_and_no_more_mail_is_sent()
    {
        var writer = await _api.RegisterAsync();
        var first = await _api.RegisterAsync();
        await _api.PostAsync($"/api/profiles/{writer.Username}/follow", null, first.Token);
        var mail = await MailFolder.WaitForAsync(factory.MailFolder, writer.Email, _ => true);
        var link = MailFolder.UnsubscribeLink(mail);
        Assert.Contains(link.ToString(), mail.TextBody, StringComparison.Ordinal);

        var site = new SiteClient(factory);
        var asked = await site.Http.GetStringAsync(link.PathAndQuery);
        var token = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!;
        var answer = await site.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["token"] = token });

        Assert.Contains("Stop e-mail from Inkwell?", asked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains($"Inkwell will send no more e-mail to {writer.Email}", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await RecipientAsync(writer.Username)).EmailNotifications);

        var second = await _api.RegisterAsync();
        await _api.PostAsync($"/api/profiles/{writer.Username}/follow", null, second.Token);
        await factory.WaitForQueueAsync(SendFollowerMail.JobName);
        Assert.Single(MailFolder.To(factory.MailFolder, writer.Email));
    }

    [Fact]
    public async Task A_forged_or_altered_unsubscribe_token_is_refused()
    {
        var site = new SiteClient(factory);

        var answer = await site.SubmitAsync("/unsubscribe?token=x", new Dictionary<string, string> { ["token"] = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0." });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("This unsubscribe link does not work", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_access_token_is_not_an_unsubscribe_token()
    {
        var user = await _api.RegisterAsync();
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<IMailSettings>().UnsubscribeAsync(user.Token, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True((await RecipientAsync(user.Username)).EmailNotifications);
    }

    [Fact]
    public async Task The_settings_switch_turns_mail_off_and_on()
    {
        var site = new SiteClient(factory);
        var username = await site.SignUpAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.Username"] = username,
            ["Input.Email"] = $"{username}@example.com",
        };

        var settings = await site.Http.GetStringAsync("/settings");
        await site.SubmitAsync("/settings", fields);
        var off = (await RecipientAsync(username)).EmailNotifications;
        await site.SubmitAsync("/settings", new Dictionary<string, string>(fields) { ["Input.EmailNotifications"] = "true" });

        Assert.Matches("<input(?=[^>]*id=\"Input_EmailNotifications\")(?=[^>]*checked)[^>]*>", settings);
        Assert.False(off);
        Assert.True((await RecipientAsync(username)).EmailNotifications);
    }

    private async Task<MailRecipient> RecipientAsync(string username)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var account = (await scope.ServiceProvider.GetRequiredService<IAccounts>()
            .SignInAsync($"{username}@example.com", ApiClient.Password, CancellationToken.None)).Value!;
        return (await scope.ServiceProvider.GetRequiredService<IMailPreferences>().GetRecipientAsync(account.UserId, CancellationToken.None))!;
    }
}
