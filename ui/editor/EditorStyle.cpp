#include "editor/EditorStyle.h"

#include "editor/Qsci.h"

#include <QFont>
#include <QFontDatabase>
#include <QPalette>

namespace Strata::Ui::EditorStyle {

namespace {

// Syntax colors for one kind of background. The light set is close to what IDEs ship on white,
// the dark one to their dark themes: both keep a contrast above 4.5:1 on the palette's Base.
struct SyntaxColors
{
    QColor keyword;
    QColor string;
    QColor number;
    QColor property;
    QColor comment;
    QColor escape;
    QColor error;
};

SyntaxColors syntaxColors(bool dark)
{
    if (dark)
        return {QColor(0xcf, 0x8e, 0x6d), QColor(0x8c, 0xc2, 0x8c), QColor(0x4f, 0xc1, 0xd0),
                QColor(0xc7, 0x9d, 0xe8), QColor(0x8a, 0x8f, 0x98), QColor(0xe0, 0xa8, 0x6a),
                QColor(0xff, 0x6b, 0x6b)};
    return {QColor(0x00, 0x33, 0xb3), QColor(0x06, 0x7d, 0x17), QColor(0x17, 0x50, 0xeb),
            QColor(0x87, 0x10, 0x94), QColor(0x6e, 0x6e, 0x6e), QColor(0x00, 0x37, 0xa6),
            QColor(0xc4, 0x1a, 0x16)};
}

// QsciLexerSQL's keyword list is SQL-92's: it misses words every migration uses (INDEX, IF EXISTS,
// TEXT, the PostgreSQL and SQLite types).
class MigrationSqlLexer : public QsciLexerSQL
{
public:
    using QsciLexerSQL::QsciLexerSQL;

    const char *keywords(int set) const override
    {
        if (set != 1)
            return QsciLexerSQL::keywords(set);
        static const QByteArray words = QByteArray(QsciLexerSQL::keywords(1))
            + " index if exists replace text bigint bigserial serial smallserial boolean bool "
              "timestamptz jsonb json uuid bytea blob real double precision returning conflict do nothing "
              "autoincrement without rowid strict vacuum pragma trigger before after instead each row "
              "begin end language plpgsql function returns sequence extension concurrently only rename "
              "to column constraint enum type owned";
        return words.constData();
    }
};

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * amountOfB), float(a.greenF() * k + b.greenF() * amountOfB),
                            float(a.blueF() * k + b.blueF() * amountOfB));
}

QFont editorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    return font;
}

void styleJson(QsciLexerJSON *lexer, const SyntaxColors &c)
{
    lexer->setColor(c.number, QsciLexerJSON::Number);
    lexer->setColor(c.string, QsciLexerJSON::String);
    lexer->setColor(c.error, QsciLexerJSON::UnclosedString);
    lexer->setColor(c.property, QsciLexerJSON::Property);
    lexer->setColor(c.escape, QsciLexerJSON::EscapeSequence);
    lexer->setColor(c.comment, QsciLexerJSON::CommentLine);
    lexer->setColor(c.comment, QsciLexerJSON::CommentBlock);
    lexer->setColor(c.string, QsciLexerJSON::IRI);
    lexer->setColor(c.string, QsciLexerJSON::IRICompact);
    lexer->setColor(c.keyword, QsciLexerJSON::Keyword);
    lexer->setColor(c.keyword, QsciLexerJSON::KeywordLD);
    lexer->setColor(c.error, QsciLexerJSON::Error);
}

void styleSql(QsciLexerSQL *lexer, const SyntaxColors &c)
{
    for (int style : {QsciLexerSQL::Comment, QsciLexerSQL::CommentLine, QsciLexerSQL::CommentDoc,
                      QsciLexerSQL::PlusComment, QsciLexerSQL::CommentLineHash, QsciLexerSQL::CommentDocKeyword})
        lexer->setColor(c.comment, style);
    lexer->setColor(c.error, QsciLexerSQL::CommentDocKeywordError);
    lexer->setColor(c.number, QsciLexerSQL::Number);
    for (int style : {QsciLexerSQL::Keyword, QsciLexerSQL::PlusKeyword, QsciLexerSQL::KeywordSet5,
                      QsciLexerSQL::KeywordSet6, QsciLexerSQL::KeywordSet7, QsciLexerSQL::KeywordSet8})
        lexer->setColor(c.keyword, style);
    lexer->setColor(c.string, QsciLexerSQL::SingleQuotedString);
    // SQL's double quotes and backticks quote identifiers, not strings.
    lexer->setColor(c.property, QsciLexerSQL::DoubleQuotedString);
    lexer->setColor(c.property, QsciLexerSQL::QuotedIdentifier);
    lexer->setColor(c.escape, QsciLexerSQL::QuotedOperator);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x5c, 0x57) : QColor(0xd7, 0x1f, 0x1f);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe5, 0xb5, 0x3c) : QColor(0xc2, 0x85, 0x00);
}

QsciLexer *createLexer(SourceLanguage language, QObject *parent)
{
    switch (language) {
    case SourceLanguage::Json: {
        auto *lexer = new QsciLexerJSON(parent);
        lexer->setHighlightComments(false); // database.json is strict JSON: a comment is an error
        return lexer;
    }
    case SourceLanguage::Sql: {
        auto *lexer = new MigrationSqlLexer(parent);
        lexer->setFoldComments(true);
        lexer->setFoldCompact(false);
        return lexer;
    }
    case SourceLanguage::Plain:
        break;
    }
    return nullptr;
}

void apply(QsciScintilla *editor, QsciLexer *lexer, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor paper = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor window = palette.color(QPalette::Window);
    const QColor muted = mix(text, paper, 0.45);
    const QFont font = editorFont();
    const SyntaxColors colors = syntaxColors(dark);

    if (lexer) {
        lexer->setDefaultPaper(paper);
        lexer->setDefaultColor(text);
        lexer->setDefaultFont(font);
        // Every style the lexer knows starts from the palette; the syntax colors come on top.
        for (int style = 0; style < 128; ++style) {
            if (lexer->description(style).isEmpty())
                continue;
            lexer->setPaper(paper, style);
            lexer->setColor(text, style);
            lexer->setFont(font, style);
            lexer->setEolFill(false, style);
        }
        if (auto *json = qobject_cast<QsciLexerJSON *>(lexer))
            styleJson(json, colors);
        else if (auto *sql = qobject_cast<QsciLexerSQL *>(lexer))
            styleSql(sql, colors);
        // Re-attaching makes the editor take every style over at once, the default style included.
        editor->setLexer(lexer);
    } else {
        editor->setLexer(nullptr);
        editor->setFont(font);
    }
    editor->setPaper(paper);
    editor->setColor(text);

    editor->setMarginsFont(font);
    editor->setMarginsBackgroundColor(dark ? mix(paper, window, 0.5) : window);
    editor->setMarginsForegroundColor(muted);
    editor->setFoldMarginColors(dark ? mix(paper, window, 0.5) : window, dark ? mix(paper, window, 0.5) : window);
    for (int marker = int(QsciScintillaBase::SC_MARKNUM_FOLDEREND); marker <= int(QsciScintillaBase::SC_MARKNUM_FOLDEROPEN);
         ++marker) {
        editor->setMarkerForegroundColor(paper, marker);
        editor->setMarkerBackgroundColor(muted, marker);
    }

    editor->setCaretForegroundColor(text);
    editor->setCaretLineBackgroundColor(mix(paper, text, dark ? 0.07 : 0.05));
    editor->setSelectionBackgroundColor(palette.color(QPalette::Highlight));
    editor->setSelectionForegroundColor(palette.color(QPalette::HighlightedText));
    editor->setMatchedBraceBackgroundColor(mix(paper, palette.color(QPalette::Highlight), 0.35));
    editor->setMatchedBraceForegroundColor(text);
    editor->setUnmatchedBraceForegroundColor(colors.error);
    editor->setUnmatchedBraceBackgroundColor(paper);
    editor->setIndentationGuidesForegroundColor(mix(paper, text, 0.18));
    editor->setIndentationGuidesBackgroundColor(paper);
    editor->setWhitespaceForegroundColor(mix(paper, text, 0.3));
}

} // namespace Strata::Ui::EditorStyle
