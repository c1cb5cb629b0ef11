#pragma once

#include "metadata/MetadataValidator.h"
#include "metadata/ModuleMetadata.h"

#include <QCoreApplication>

namespace modreg {

// metadata.json as an author writes it (README "The metadata document"): the draft of a module's
// metadata. A folder with a metadata.json at its root, as the IPFS metadata registry proposal has
// it, carries its own metadata.
class MetadataFile
{
    Q_DECLARE_TR_FUNCTIONS(MetadataFile)

public:
    static constexpr const char* kFileName = "metadata.json";

    struct Read
    {
        ModuleMetadata draft;
        QList<MetadataProblem> problems; // empty: the draft is good
    };

    // `folder`/metadata.json if there is one, else an empty string.
    static QString inFolder(const QString& folder);
    // Reads and checks a draft (Stage::Draft). A missing or unreadable file is one problem.
    static Read read(const QString& path);
    // The same for text already read (the file's bytes, or what the publish form holds).
    static Read fromText(const QByteArray& text);
};

} // namespace modreg
