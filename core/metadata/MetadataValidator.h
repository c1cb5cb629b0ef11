#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <nlohmann/json.hpp>

namespace modreg {

struct MetadataProblem
{
    QString field;   // "version", "tags", "args"; empty for the document as a whole
    QString message; // one sentence for a person
    bool operator==(const MetadataProblem&) const = default;
};

// Reads metadata documents no one vouches for: a hostile one is refused by hard limits before any
// of it is kept (size, nesting, duplicate names, invalid UTF-8), and check() reports every bad
// field in one pass, one sentence per field.
class MetadataValidator
{
    Q_DECLARE_TR_FUNCTIONS(MetadataValidator)

public:
    enum class Stage
    {
        Draft,    // what an author writes: cid, key, created and signature are filled in on publish
        Published // what the registry points at: all of it, signed
    };

    static constexpr qsizetype kMaxDocumentBytes = 256 * 1024;
    static constexpr int kMaxDepth = 16; // the document object is depth 1
    static constexpr int kMaxValues = 10000;
    static constexpr qsizetype kMaxNameLength = 64;
    static constexpr qsizetype kMaxVersionLength = 64;
    static constexpr qsizetype kMaxAuthorLength = 128;
    static constexpr qsizetype kMaxDescriptionLength = 4000;
    static constexpr qsizetype kMaxEntrypointLength = 256;
    static constexpr qsizetype kMaxLicenseLength = 64;
    static constexpr qsizetype kMaxRepositoryLength = 512;
    static constexpr int kMaxTags = 16;
    static constexpr qsizetype kMaxTagLength = 32;
    static constexpr qsizetype kMaxFreeStringLength = 16384; // a string inside args or custom
    static constexpr qsizetype kMaxMemberNameLength = 256;   // a member name inside args or custom

    // JSON text → a value, within the limits above; the error says which limit or where the syntax
    // breaks; `errorAt`, when given, gets the byte offset of a syntax error (-1 for a limit).
    static Result<nlohmann::json> parse(const QByteArray& text, qsizetype* errorAt = nullptr);
    // Every rule for every field; empty when the document is good.
    static QList<MetadataProblem> check(const nlohmann::json& document, Stage stage);
    // parse + check: problems as a list (a text that does not parse gives one document-wide problem).
    static QList<MetadataProblem> checkText(const QByteArray& text, Stage stage);
};

} // namespace modreg
