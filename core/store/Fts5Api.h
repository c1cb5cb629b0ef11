#pragma once

struct sqlite3;
struct fts5_api;

namespace modreg {

// The connection's FTS5 extension API, as SQLite's documentation asks for it (`SELECT fts5(?1)`
// with a pointer bound as "fts5_api_ptr"); nullptr without FTS5. Its tokenizer reads the words of
// the search index (SearchTokenizer); its auxiliary functions score phrases (PhraseMatches).
fts5_api* fts5ApiOf(sqlite3* db);

} // namespace modreg
