// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace kestrel {

// A database problem a person can act on: the message says what failed and on which file.
class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One prepared statement: bind by 1-based position, step, read columns. Values are only ever bound,
// never spliced into SQL text.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const QString& text);
    Statement& bindBlob(int index, const QByteArray& blob);
    Statement& bindNull(int index);

    // Advances to the next row: true while there is a row, false when done. Throws on error.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();
    // Runs a query expected to give at most one row and returns its first column (nothing if no row),
    // leaving the statement reset so that it holds no read snapshot open.
    std::optional<qint64> scalar();

    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    std::string text(int column) const;
    QString qtext(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// One SQLite connection with Kestrel's schema: opened in WAL mode, migrated to the current schema
// version at open, with a cache of prepared statements. Use a connection from one thread at a time.
class Database {
public:
    // Opens (creating if needed) and migrates. upToVersion limits migration (tests build older schemas).
    explicit Database(const QString& path, int upToVersion = currentSchemaVersion());
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int currentSchemaVersion();

    const QString& path() const { return m_path; }
    int schemaVersion();
    qint64 lastInsertId() const;
    int changes() const;

    void exec(std::string_view sql);
    // Whether a transaction is open on this connection.
    bool inTransaction() const;
    // A cached statement for a fixed SQL text, reset and ready to bind.
    Statement& prepared(std::string_view sql);

    // Begins IMMEDIATE so that a writer never fails half-way on a lock; rolls back unless committed.
    class Transaction {
    public:
        explicit Transaction(Database& db);
        ~Transaction();
        void commit();

    private:
        Database& m_db;
        bool m_done = false;
    };

private:
    void migrate(int upToVersion);

    QString m_path;
    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

} // namespace kestrel
