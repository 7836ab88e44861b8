namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Course-document vocabulary the generators draw from: courses, terms, buildings, majors and topics.</summary>
public static class CourseCatalog
{
    public static readonly (string Code, string Title)[] Courses =
    [
        ("CS 341", "Data Structures"), ("MATH 221", "Linear Algebra"), ("BIO 150", "Cell Biology"),
        ("HIST 210", "Modern Europe"), ("ECON 301", "Intermediate Microeconomics"), ("CHEM 112", "General Chemistry II"),
        ("PSYC 101", "Introduction to Psychology"), ("ENGL 205", "Technical Writing"), ("STAT 400", "Applied Regression"),
        ("PHYS 211", "Mechanics"), ("CS 225", "Algorithms"), ("SOC 230", "Urban Sociology"),
    ];

    public static readonly string[] Terms = ["Fall 2025", "Spring 2026", "Summer 2025", "Fall 2024"];

    public static readonly string[] Buildings = ["Siebel Center", "Lincoln Hall", "Altgeld Hall", "Morrill Hall", "Noyes Laboratory", "Foellinger Auditorium", "Everitt Lab"];

    public static readonly string[] Majors = ["Biology", "Computer Science", "Economics", "Undeclared", "Mathematics", "Psychology", "Mechanical Engineering", "History", "Political Science", "Nursing", "Statistics"];

    public static readonly string[] Topics =
    [
        "Hash Tables", "Graph Traversal", "Dynamic Programming", "Eigenvalues", "Cell Membranes", "Supply and Demand",
        "Thermodynamics", "The French Revolution", "Linear Regression", "Sorting Networks", "Enzyme Kinetics",
        "Game Theory", "Binary Search Trees", "Vector Spaces", "Photosynthesis", "Urban Renewal", "Newton's Laws",
        "Hypothesis Testing", "Memory and Attention", "Rhetorical Analysis", "Shortest Paths", "Gene Expression",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
}
