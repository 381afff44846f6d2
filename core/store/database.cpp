// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "schema.h"

#include "vrm/vrm.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace kestrel {

namespace {
// confusable_key(vrm) in SQL: vrm::confusableKey, for the schema step that keys the VRMs already stored.
void confusableKeyFunction(sqlite3_context* context, int, sqlite3_value** values)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    if (!text)
        return sqlite3_result_null(context);
    const std::string key = vrm::confusableKey(std::string_view(text, size_t(sqlite3_value_bytes(values[0]))));
    sqlite3_result_text(context, key.data(), int(key.size()), SQLITE_TRANSIENT);
}

// While another connection writes, try again every millisecond for up to 10 s. SQLite's own busy timeout backs
// off to 100 ms sleeps, so a writer waiting out a long series of short transactions (a hotlist refresh) could
// sleep through every gap between them.
int retryEachMillisecond(void*, int attempts)
{
    if (attempts >= 10'000)
        return 0;
    sqlite3_sleep(1);
    return 1;
}

[[noreturn]] void fail(sqlite3* db, const char* what)
{
    throw DatabaseError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}
} // namespace

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK)
        fail(db, "cannot prepare SQL");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    return bind(index, std::string_view(text.toStdString()));
}

Statement& Statement::bindBlob(int index, const QByteArray& blob)
{
    if (blob.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string message = sqlite3_errmsg(m_db);
    sqlite3_reset(m_stmt);
    throw DatabaseError("SQL step failed: " + message);
}

void Statement::run()
{
    while (step()) { }
    reset();
}

std::optional<qint64> Statement::scalar()
{
    std::optional<qint64> value;
    if (step())
        value = int64(0);
    reset();
    return value;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}
bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::string Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? std::string(data, sqlite3_column_bytes(m_stmt, column)) : std::string();
}

QString Statement::qtext(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

Database::Database(const QString& path, int upToVersion)
    : m_path(path)
{
    if (path != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    if (sqlite3_open_v2(
            path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw DatabaseError("cannot open database " + path.toStdString() + ": " + message);
    }
    sqlite3_busy_handler(m_db, retryEachMillisecond, nullptr);
    sqlite3_create_function(m_db, "confusable_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
        confusableKeyFunction, nullptr, nullptr);
    // WAL lets consoles and searches read while the engine writes. synchronous=FULL makes every committed
    // batch survive a power cut, so "accepted" is only ever said of a read that is on disk. Index inserts
    // by VRM land all over the file, so a large page cache and a long interval between checkpoints (each
    // dirty page is copied back once per checkpoint, not once per commit) carry most of the ingest rate
    // (bench ingest: 41k reads/s with SQLite's defaults, 72k with these).
    exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-131072;"
         "PRAGMA wal_autocheckpoint=20000;");
    migrate(upToVersion);
}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close(m_db);
}

int Database::currentSchemaVersion()
{
    return static_cast<int>(schema::migrations().size());
}

int Database::schemaVersion()
{
    return static_cast<int>(Statement(m_db, "PRAGMA user_version").scalar().value_or(0));
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::exec(std::string_view sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw DatabaseError("SQL failed on " + m_path.toStdString() + ": " + message);
    }
}

Statement& Database::prepared(std::string_view sql)
{
    auto it = m_cache.find(std::string(sql));
    if (it == m_cache.end())
        it = m_cache.emplace(std::string(sql), std::make_unique<Statement>(m_db, sql)).first;
    it->second->reset();
    return *it->second;
}

void Database::migrate(int upToVersion)
{
    const auto& steps = schema::migrations();
    const int version = schemaVersion();
    if (version > static_cast<int>(steps.size()))
        throw DatabaseError("database " + m_path.toStdString() + " has schema version " + std::to_string(version)
            + ", made by a newer Kestrel (this one knows up to " + std::to_string(steps.size())
            + "); it was left untouched: open it with that version");
    for (int next = version; next < upToVersion && next < static_cast<int>(steps.size()); ++next) {
        Transaction tx(*this);
        exec(steps[next]);
        exec("PRAGMA user_version=" + std::to_string(next + 1));
        tx.commit();
    }
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Database::Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Database::Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Database::Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace kestrel
