#pragma once

#include <strata/common/Result.h>
#include <strata/common/SourceLocation.h>

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <vector>

namespace Strata::Json {

struct Member;

// A JSON value that knows where it stands in its file. QJsonDocument keeps no positions, and every
// diagnostic must point at the exact value at fault, so database.json and strata.json go through this.
struct Node
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    bool isIntegerLiteral = false; // a number written without fraction or exponent
    double number = 0;
    QString string;                // String; for Number, the literal as written
    std::vector<Node> items;       // Array
    std::vector<Member> members;   // Object, in file order (duplicates kept; see duplicateKeys)
    SourceLocation location;

    bool isNull() const { return type == Type::Null; }
    bool isBool() const { return type == Type::Bool; }
    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }

    // Object member by key (the last one when a key repeats), or nullptr.
    const Node *member(QStringView key) const;
    const Member *memberEntry(QStringView key) const;
    // Object members whose key already appeared earlier in the object, in file order (for warnings).
    QList<const Member *> duplicateKeys() const;
    // "a string", "an array", ...: for messages about values of the wrong type (translated).
    static QString typeDescription(Type type);
    QString typeDescription() const { return typeDescription(type); }
    // The value without locations (for literals such as defaults).
    QJsonValue toJsonValue() const;
};

struct Member
{
    QString key;
    SourceLocation keyLocation;
    Node value;
};

struct ParseLimits
{
    // Deeper nesting is an error, never a stack overflow. The parser itself does not recurse, but
    // destroying and converting a Node tree does, so values above 10000 are treated as 10000.
    int maxDepth = 256;
};

// Parses UTF-8 JSON (RFC 8259). Invalid UTF-8, control characters in strings, trailing commas,
// comments and trailing content are errors, each reported (translated) with its location: file,
// line, column and byte range.
Result<Node> parse(const QByteArray &utf8, const QString &file, const ParseLimits &limits = {});

} // namespace Strata::Json
