using System.Text;

namespace Inkwell.Content.Seeding;

/// <summary>Titles, descriptions, Markdown bodies and comments that read like a tech blog's.</summary>
internal sealed class SeedText(Random random)
{
    private readonly StringBuilder _text = new();

    public string Title() => random.Next(10) switch
    {
        0 => $"What {random.Next(2, 16)} years of {Pick(SeedWords.Concepts)} taught me",
        1 => $"{Capitalized(Pick(SeedWords.Concepts))} in {Pick(SeedWords.Topics)}: a field guide",
        2 => $"How we cut {Pick(SeedWords.Metrics)} by {random.Next(10, 90)}% with {Pick(SeedWords.Concepts)}",
        3 => $"Why {Pick(SeedWords.Topics)} needs better {Pick(SeedWords.Concepts)}",
        4 => $"The case against {Pick(SeedWords.Concepts)}",
        5 => $"A gentle introduction to {Pick(SeedWords.Concepts)} with {Pick(SeedWords.Topics)}",
        6 => $"{Capitalized(Pick(SeedWords.Concepts))}, {Pick(SeedWords.Concepts)} and {Pick(SeedWords.Topics)}",
        7 => $"Lessons from moving to {Pick(SeedWords.Topics)}",
        8 => $"Stop worrying about {Pick(SeedWords.Concepts)}",
        _ => $"{random.Next(3, 12)} things I wish I knew about {Pick(SeedWords.Topics)}",
    };

    public string Description() => random.Next(3) switch
    {
        0 => $"Notes on {Pick(SeedWords.Concepts)} in {Pick(SeedWords.Topics)}, from {Pick(SeedWords.Experiences)}.",
        1 => $"A practical look at {Pick(SeedWords.Concepts)} for people who run {Pick(SeedWords.Topics)}.",
        _ => $"What we learned about {Pick(SeedWords.Concepts)} after {Pick(SeedWords.Experiences)}.",
    };

    /// <summary>A few paragraphs of Markdown under headings, with a list and sometimes a snippet.</summary>
    public string Body()
    {
        _text.Clear();
        Paragraph();
        var sections = random.Next(1, 3);
        for (var s = 0; s < sections; s++)
        {
            _text.Append("\n\n## ").Append(Pick(SeedWords.Headings)).Append("\n\n");
            Paragraph();
            if (random.Next(3) == 0)
            {
                _text.Append("\n\n").Append(Pick(SeedWords.Snippets));
            }
        }

        _text.Append("\n\n");
        for (var i = random.Next(2, 5); i > 0; i--)
        {
            _text.Append("- ").Append(Capitalized(Pick(SeedWords.Concepts))).Append(" in ").Append(Pick(SeedWords.Topics)).Append('\n');
        }

        _text.Append('\n');
        Paragraph();
        return _text.ToString();
    }

    public string Comment() => random.Next(3) == 0 ? Pick(SeedWords.CommentOpeners) : $"{Pick(SeedWords.CommentOpeners)} {Sentence()}";

    private void Paragraph()
    {
        for (var i = random.Next(2, 5); i > 0; i--)
        {
            _text.Append(Sentence());
            if (i > 1)
            {
                _text.Append(' ');
            }
        }
    }

    private string Sentence() => random.Next(5) switch
    {
        0 => $"{Pick(SeedWords.Subjects)} {Pick(SeedWords.Verbs)} **{Pick(SeedWords.Concepts)}**{Pick(SeedWords.Tails)}.",
        1 => $"{Pick(SeedWords.Subjects)} {Pick(SeedWords.Verbs)} how we think about {Pick(SeedWords.Concepts)}{Pick(SeedWords.Tails)}.",
        2 => $"{Pick(SeedWords.Subjects)} {Pick(SeedWords.Verbs)} {Pick(SeedWords.Topics)} in production{Pick(SeedWords.Tails)}.",
        3 => $"In {Pick(SeedWords.Topics)}, {Pick(SeedWords.Concepts)} and {Pick(SeedWords.Concepts)} are *the same problem*.",
        _ => $"{Pick(SeedWords.Subjects)} {Pick(SeedWords.Verbs)} the {Pick(SeedWords.Concepts)}{Pick(SeedWords.Tails)}.",
    };

    private string Pick(string[] words) => words[random.Next(words.Length)];

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
