namespace EqualifyPdf.Pii.Resolution;

/// <summary>
/// Mail domains and mailboxes that by rule identify nobody: names reserved for documentation and testing (RFC 2606,
/// RFC 6761) and the mailboxes of offices, services and mailing lists. Numbers: <see cref="ReservedNumbers"/>.
/// </summary>
internal static class ReservedValues
{
    // RFC 2606 second-level names and RFC 2606/6761 top-level names.
    private static readonly string[] ReservedSecondLevel = ["example.com", "example.net", "example.org"];
    private static readonly HashSet<string> ReservedTopLevel = new(StringComparer.OrdinalIgnoreCase) { "example", "test", "invalid", "localhost", "local" };

    // Mailboxes of an office, a service or a list, as opposed to a person (compared per word of the local part).
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "help", "helpdesk", "support", "info", "information", "registrar", "admissions", "admission", "noreply", "no",
        "reply", "donotreply", "webmaster", "postmaster", "hostmaster", "abuse", "phish", "phishing", "spam", "security",
        "library", "accessibility", "disability", "drc", "titleix", "it", "servicedesk", "service", "advising", "office",
        "conduct", "gradschool", "graduate", "undergrad", "undergraduate", "grad", "staff", "team", "dept", "department",
        "contact", "contacts", "hello", "feedback", "bugs", "bug", "devel", "dev", "developers", "users", "user", "announce",
        "announcements", "general", "discuss", "discussion", "request", "requests", "list", "lists", "listserv",
        "majordomo", "owner", "admin", "administrator", "root", "news", "newsletter", "press", "media", "jobs", "careers",
        "sales", "billing", "bursar", "finance", "aid", "finaid", "housing", "reslife", "parking", "police", "safety",
        "counseling", "health", "wellness", "alumni", "events", "calendar", "software", "licensing", "hr", "payroll",
        "project", "oer", "lab", "labs", "chemistry", "biology", "physics", "math", "history", "english", "economics",
        "econ", "chem", "bio", "cs", "eecs", "ece", "engineering", "example", "name", "firstname", "lastname", "yourname",
        "netid", "student", "students", "instructor", "faculty", "course", "courses", "class", "tutoring", "writing",
        "center", "career", "studyabroad", "international", "isss", "ombuds", "editor", "editors", "maintainers",
        "core", "patches", "commits", "buildd", "ftpmaster", "submit", "control", "announce-request",
    };

    private static readonly HashSet<string> ListSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "request", "devel", "dev", "users", "user", "announce", "general", "help", "bugs", "discuss", "l", "list",
        "owner", "admin", "commits", "patches", "hackers", "interest", "talk", "digest", "core", "questions", "docs",
    };

    /// <summary>Whether an e-mail address is at a reserved documentation domain.</summary>
    public static bool IsReservedEmail(ReadOnlySpan<char> email)
    {
        var at = email.LastIndexOf('@');
        return at >= 0 && IsReservedDomain(email[(at + 1)..]);
    }

    /// <summary>Whether a host name is reserved for documentation or testing (RFC 2606, RFC 6761).</summary>
    public static bool IsReservedDomain(ReadOnlySpan<char> domain)
    {
        domain = domain.TrimEnd('.');
        var lastDot = domain.LastIndexOf('.');
        if (ReservedTopLevel.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastDot < 0 ? domain : domain[(lastDot + 1)..]))
        {
            return true;
        }

        foreach (var reserved in ReservedSecondLevel)
        {
            if (domain.Equals(reserved, StringComparison.OrdinalIgnoreCase)
                || (domain.EndsWith(reserved, StringComparison.OrdinalIgnoreCase) && domain[^(reserved.Length + 1)] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mailbox belongs to an office, service or mailing list: every word of the local part is a role
    /// word, the local part ends in a list suffix (<c>-request</c>, <c>-devel</c>, <c>-users</c>), or the host is a
    /// list server (<c>lists.</c>, <c>noreply.</c>).
    /// </summary>
    public static bool IsRoleMailbox(ReadOnlySpan<char> email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var local = email[..at];
        var domain = email[(at + 1)..];
        if (domain.StartsWith("lists.", StringComparison.OrdinalIgnoreCase) || domain.Contains(".lists.", StringComparison.OrdinalIgnoreCase)
            || domain.Contains("noreply", StringComparison.OrdinalIgnoreCase) || domain.StartsWith("list.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var lookup = RoleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = 0;
        var roleWords = 0;
        ReadOnlySpan<char> last = default;
        foreach (var range in local.SplitAny('-', '.', '_', '+'))
        {
            var word = local[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            last = word;
            // A course number in a role mailbox ("eecs281staff") is still a role: strip digits around the word.
            roleWords += lookup.Contains(word) || lookup.Contains(word.Trim("0123456789")) || EndsWithRoleWord(word, lookup) ? 1 : 0;
        }

        if (words == 0)
        {
            return false;
        }

        // "R-help", "pgsql-bugs", "libfoo-devel", "info-gnu-request": a project name plus a list suffix.
        return roleWords == words || (words >= 2 && ListSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last))
            || (words >= 2 && local.StartsWith("bug-", StringComparison.OrdinalIgnoreCase))
            || (words >= 2 && local.StartsWith("info-", StringComparison.OrdinalIgnoreCase));
    }

    private static bool EndsWithRoleWord(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        // "eecs281staff", "cs101help": letters, digits, then a role word.
        var digitEnd = word.LastIndexOfAnyInRange('0', '9');
        return digitEnd > 0 && digitEnd < word.Length - 1 && lookup.Contains(word[(digitEnd + 1)..]);
    }


}
