namespace Inkwell.BrowserTests.Infrastructure;

/// <summary>What a person does on the site, step by step through its forms, as a browser would.</summary>
public static partial class SiteActions
{
    public static ILocator MainNavigation(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    /// <summary>The validation message in the form group of a labelled field, right under the field.</summary>
    public static ILocator FieldError(this IPage page, string label) =>
        page.Locator("div.mb-3, div.mb-4")
            .Filter(new() { Has = page.GetByLabel(label, new() { Exact = true }) })
            .Locator(".invalid-feedback");

    public static async Task<Person> SignUpAsync(this IPage page, Person? person = null)
    {
        person ??= Person.New();
        await page.GotoAsync("/register");
        await page.GetByLabel("Username", new() { Exact = true }).FillAsync(person.Username);
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(person.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await Expect(page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = person.Username, Exact = true })).ToBeVisibleAsync();
        return person;
    }

    public static async Task SignInAsync(this IPage page, Person person)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(person.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = person.Username, Exact = true })).ToBeVisibleAsync();
    }

    public static async Task FillEditorAsync(this IPage page, Draft draft)
    {
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(draft.Title);
        await page.GetByLabel("What's this article about?").FillAsync(draft.Description);
        await page.GetByLabel("Write your article (in Markdown)").FillAsync(draft.Body);
        await page.GetByLabel("Tags", new() { Exact = true }).FillAsync(draft.Tags);
    }

    /// <summary>Writes and publishes an article through the editor; returns its slug.</summary>
    public static async Task<string> PublishAsync(this IPage page, Draft draft)
    {
        await page.GotoAsync("/editor");
        await page.FillEditorAsync(draft);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish article" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ArticleUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(draft.Title);
        return new Uri(page.Url).Segments[^1];
    }

    public static ILocator ArticleBody(this IPage page) => page.Locator(".article-body");

    public static ILocator FavoriteButton(this IPage page) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = FavoriteName() });

    public static ILocator FollowButton(this IPage page, string username, bool following = false) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"{(following ? "Unfollow" : "Follow")} {username}", Exact = true });

    /// <summary>The favorite button's accessible name: "Favorite" or "Unfavorite", then the count.</summary>
    public static Regex FavoriteState(bool favorited, int count) =>
        new($"^{(favorited ? "Unfavorite" : "Favorite")}\\D*{count}\\D*$");

    [GeneratedRegex(@"/article/[^/?#]+$")]
    public static partial Regex ArticleUrl();

    [GeneratedRegex(@"^(Un)?[Ff]avorite\b")]
    private static partial Regex FavoriteName();
}
