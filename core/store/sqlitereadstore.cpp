// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitereadstore.h"
#include "database.h"

#include "vrm/vrm.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace kestrel {

namespace {
// Candidates are kept as "VRM percent VRM percent ...": a normalised VRM never holds a space.
std::string encodeCandidates(const std::vector<Candidate>& candidates)
{
    std::string out;
    for (const auto& c : candidates) {
        if (!out.empty())
            out += ' ';
        out += c.vrm;
        out += ' ';
        out += std::to_string(std::lround(c.confidence * 100));
    }
    return out;
}

std::vector<Candidate> decodeCandidates(const std::string& text)
{
    std::vector<Candidate> out;
    std::istringstream in(text);
    Candidate c;
    int percent = 0;
    while (in >> c.vrm >> percent) {
        c.confidence = percent / 100.0f;
        out.push_back(c);
    }
    return out;
}

// The smallest string greater than every string that starts with prefix.
// The vehicle as seen, as "colour|make|model|body" ('|' never occurs in what cameras send for these).
std::string encodeVehicle(const Read::Vehicle& v)
{
    return v.colour + '|' + v.make + '|' + v.model + '|' + v.body;
}

Read::Vehicle decodeVehicle(const std::string& text)
{
    Read::Vehicle v;
    std::string* fields[] = { &v.colour, &v.make, &v.model, &v.body };
    size_t start = 0;
    for (std::string* field : fields) {
        const size_t end = std::min(text.find('|', start), text.size());
        *field = text.substr(start, end - start);
        start = std::min(end + 1, text.size());
    }
    return v;
}

// What a camera did not say is NULL, which costs the row nothing.
void bindOptional(Statement& statement, int index, const std::optional<double>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

void bindOptional(Statement& statement, int index, const std::string& text)
{
    if (text.empty())
        statement.bindNull(index);
    else
        statement.bind(index, text);
}

std::string prefixEnd(std::string prefix)
{
    prefix.back() = static_cast<char>(prefix.back() + 1);
    return prefix;
}

std::string placeholders(size_t n)
{
    std::string out;
    for (size_t i = 0; i < n; ++i)
        out += i ? ",?" : "?";
    return out;
}

// A read's columns (reads r, with its camera c and VRM v joined as readJoins does), and the read they make.
constexpr const char* readColumns
    = "r.id, r.ts, c.code, v.vrm, r.confidence, r.candidates, r.direction, r.latitude, r.longitude, r.vehicle";
constexpr const char* readJoins = " JOIN cameras c ON c.id = r.camera_id JOIN vrms v ON v.id = r.vrm_id";

Read readFrom(const Statement& row)
{
    Read read;
    read.id = row.int64(0);
    read.timeMs = row.int64(1);
    read.camera = row.text(2);
    read.vrm = row.text(3);
    read.confidence = static_cast<float>(row.int64(4)) / 100.0f;
    if (!row.isNull(5))
        read.candidates = decodeCandidates(row.text(5));
    if (!row.isNull(6))
        read.direction = row.text(6);
    if (!row.isNull(7) && !row.isNull(8)) {
        read.latitude = row.real(7);
        read.longitude = row.real(8);
    }
    if (!row.isNull(9))
        read.vehicle = decodeVehicle(row.text(9));
    return read;
}
} // namespace

std::string checkPattern(std::string_view pattern)
{
    if (pattern.empty())
        return "the VRM or pattern is empty";
    if (pattern.size() > 20)
        return "the pattern is longer than 20 characters";
    int literals = 0;
    for (char c : pattern) {
        const bool literal = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!literal && c != '?' && c != '*')
            return std::string("the pattern holds '") + c + "': use letters, digits, ? (one character) and * (any run)";
        literals += literal;
    }
    if (literals < 2)
        return "the pattern needs at least two letters or digits, or it would list every vehicle";
    return {};
}

SqliteReadStore::SqliteReadStore(Database& db)
    : m_db(db)
{
}

qint64 SqliteReadStore::cameraId(const std::string& code)
{
    if (const auto id = m_db.prepared("SELECT id FROM cameras WHERE code = ?").bind(1, code).scalar())
        return *id;
    m_db.prepared("INSERT INTO cameras(code) VALUES (?)").bind(1, code).run();
    return m_db.lastInsertId();
}

qint64 SqliteReadStore::vrmId(const std::string& vrm)
{
    if (const auto id = m_db.prepared("SELECT id FROM vrms WHERE vrm = ?").bind(1, vrm).scalar())
        return *id;
    m_db.prepared("INSERT INTO vrms(vrm, rvrm, vkey) VALUES (?, ?, ?)")
        .bind(1, vrm)
        .bind(2, std::string(vrm.rbegin(), vrm.rend()))
        .bind(3, vrm::confusableKey(vrm))
        .run();
    return m_db.lastInsertId();
}

void SqliteReadStore::append(std::span<Read> reads)
{
    auto& insert
        = m_db.prepared("INSERT INTO reads(ts, camera_id, vrm_id, confidence, candidates, direction, latitude, "
                        "longitude, vehicle) VALUES (?,?,?,?,?,?,?,?,?)");
    for (Read& read : reads) {
        insert.bind(1, read.timeMs)
            .bind(2, cameraId(read.camera))
            .bind(3, vrmId(read.vrm))
            .bind(4, static_cast<qint64>(std::lround(std::clamp(read.confidence, 0.0f, 1.0f) * 100)));
        if (read.candidates.empty())
            insert.bindNull(5);
        else
            insert.bind(5, encodeCandidates(read.candidates));
        bindOptional(insert, 6, read.direction);
        bindOptional(insert, 7, read.latitude);
        bindOptional(insert, 8, read.longitude);
        bindOptional(insert, 9, read.vehicle.empty() ? std::string() : encodeVehicle(read.vehicle));
        insert.run();
        read.id = m_db.lastInsertId();
        if (!read.platePatch.isEmpty() || !read.overview.isEmpty())
            m_db.prepared("INSERT INTO read_images(read_id, ts, plate, overview) VALUES (?,?,?,?)")
                .bind(1, read.id)
                .bind(2, read.timeMs)
                .bindBlob(3, read.platePatch)
                .bindBlob(4, read.overview)
                .run();
    }
}

std::vector<qint64> SqliteReadStore::vrmIds(const ReadQuery& query)
{
    // One VRM by its unique index, or a pattern narrowed by the longer of its literal prefix and literal suffix
    // (the suffix through the reversed column), then checked whole by GLOB. Misread-tolerant, the same on the
    // VRMs' confusable keys (a pattern's ? and * are no confusable characters, so its key is a pattern too).
    const std::string pattern = query.tolerant ? vrm::confusableKey(query.vrm) : query.vrm;
    const char* const column = query.tolerant ? "vkey" : "vrm";
    const auto first = pattern.find_first_of("?*");
    std::string sql;
    std::vector<std::string> args;
    if (first == std::string::npos) {
        sql = std::string("SELECT id FROM vrms WHERE ") + column + " = ?";
        args = { pattern };
    } else {
        const std::string prefix = pattern.substr(0, first);
        const std::string suffix = pattern.substr(pattern.find_last_of("?*") + 1);
        if (!prefix.empty() && (prefix.size() >= suffix.size() || query.tolerant)) {
            sql = std::string("SELECT id FROM vrms WHERE ") + column + " >= ? AND " + column + " < ? AND " + column
                + " GLOB ?";
            args = { prefix, prefixEnd(prefix), pattern };
        } else if (!suffix.empty() && !query.tolerant) {
            const std::string reversed(suffix.rbegin(), suffix.rend());
            sql = "SELECT id FROM vrms WHERE rvrm >= ? AND rvrm < ? AND vrm GLOB ?";
            args = { reversed, prefixEnd(reversed), pattern };
        } else {
            sql = std::string("SELECT id FROM vrms WHERE ") + column + " GLOB ?";
            args = { pattern };
        }
    }
    auto& select = m_db.prepared(sql);
    for (size_t i = 0; i < args.size(); ++i)
        select.bind(int(i) + 1, args[i]);
    std::vector<qint64> ids;
    while (select.step())
        ids.push_back(select.int64(0));
    select.reset();
    return ids;
}

ReadPage SqliteReadStore::search(const ReadQuery& query, const SearchProgress& progress)
{
    if (const auto problem = checkPattern(query.vrm); !problem.empty())
        throw std::invalid_argument(problem);

    std::vector<qint64> cameraIds;
    for (const auto& code : query.cameras) {
        if (const auto id = m_db.prepared("SELECT id FROM cameras WHERE code = ?").bind(1, code).scalar())
            cameraIds.push_back(*id);
    }
    ReadPage page;
    const std::vector<qint64> ids = vrmIds(query);
    if ((!query.cameras.empty() && cameraIds.empty()) || ids.empty())
        return page;

    // The VRMs a few hundred at a time, each batch's reads by the (VRM, time) index, kept in order and cut to
    // the page as they come: a pattern matching thousands of vehicles shows its progress and can be stopped.
    constexpr size_t batch = 256;
    const char* const order = query.oldestFirst ? "ASC" : "DESC";
    std::string sql = std::string("SELECT ") + readColumns + " FROM reads r INDEXED BY reads_by_vrm" + readJoins
        + " WHERE r.vrm_id IN (" + placeholders(batch) + ") AND r.ts BETWEEN ? AND ?";
    if (!cameraIds.empty())
        sql += " AND r.camera_id IN (" + placeholders(cameraIds.size()) + ")";
    if (query.after)
        sql += query.oldestFirst ? " AND (r.ts > ? OR (r.ts = ? AND r.id > ?))"
                                 : " AND (r.ts < ? OR (r.ts = ? AND r.id < ?))";
    sql += std::string(" ORDER BY r.ts ") + order + ", r.id " + order + " LIMIT ?";
    const auto before = [&](const Read& a, const Read& b) {
        return query.oldestFirst ? std::pair(a.timeMs, a.id) < std::pair(b.timeMs, b.id)
                                 : std::pair(a.timeMs, a.id) > std::pair(b.timeMs, b.id);
    };
    const size_t wanted = size_t(std::max(0, query.limit)) + 1; // one more than the page tells whether there are more

    auto& select = m_db.prepared(sql);
    for (size_t start = 0; start < ids.size(); start += batch) {
        int arg = 1;
        for (size_t i = start; i < start + batch; ++i)
            select.bind(arg++, i < ids.size() ? ids[i] : qint64(0)); // 0: no VRM has it
        select.bind(arg++, query.fromMs);
        select.bind(arg++, query.toMs);
        for (qint64 id : cameraIds)
            select.bind(arg++, id);
        if (query.after) {
            select.bind(arg++, query.after->timeMs);
            select.bind(arg++, query.after->timeMs);
            select.bind(arg++, query.after->readId);
        }
        select.bind(arg, static_cast<qint64>(wanted));
        while (select.step())
            page.reads.push_back(readFrom(select));
        select.reset();
        std::sort(page.reads.begin(), page.reads.end(), before);
        if (page.reads.size() > wanted)
            page.reads.resize(wanted);
        const qint64 done = qint64(std::min(start + batch, ids.size()));
        if (progress && done < qint64(ids.size()) && !progress(done, qint64(ids.size()))) {
            page.cancelled = true;
            break;
        }
    }
    page.more = page.reads.size() > size_t(std::max(0, query.limit));
    if (page.more)
        page.reads.resize(size_t(query.limit));
    return page;
}

std::optional<Read> SqliteReadStore::get(qint64 readId)
{
    auto& select = m_db.prepared(
        std::string("SELECT ").append(readColumns).append(" FROM reads r").append(readJoins).append(" WHERE r.id = ?"));
    select.bind(1, readId);
    std::optional<Read> out;
    if (select.step())
        out = readFrom(select);
    select.reset();
    return out;
}

ReadImages SqliteReadStore::images(qint64 readId)
{
    auto& select = m_db.prepared("SELECT plate, overview FROM read_images WHERE read_id = ?");
    select.bind(1, readId);
    ReadImages out;
    if (select.step())
        out = { select.blob(0), select.blob(1) };
    select.reset();
    return out;
}

qint64 SqliteReadStore::count()
{
    return m_db.prepared("SELECT count(*) FROM reads").scalar().value_or(0);
}

std::vector<std::pair<std::string, qint64>> SqliteReadStore::countByCamera()
{
    auto& select = m_db.prepared(
        "SELECT c.code, n FROM (SELECT camera_id, count(*) AS n FROM reads GROUP BY camera_id) JOIN cameras c "
        "ON c.id = camera_id ORDER BY c.code");
    std::vector<std::pair<std::string, qint64>> out;
    while (select.step())
        out.emplace_back(select.text(0), select.int64(1));
    select.reset();
    return out;
}

std::vector<ReadStore::SlotCount> SqliteReadStore::countBySlot(qint64 sinceMs, qint64 slotMs)
{
    // Camera by camera, so that each count is a range of the (camera, time) index, not a scan of every read.
    std::vector<std::pair<qint64, std::string>> cameras;
    auto& list = m_db.prepared("SELECT id, code FROM cameras ORDER BY code");
    while (list.step())
        cameras.emplace_back(list.int64(0), list.text(1));
    list.reset();
    auto& count = m_db.prepared(
        "SELECT ts / ?1 AS slot, count(*) FROM reads WHERE camera_id = ?2 AND ts >= ?3 GROUP BY slot ORDER BY slot");
    std::vector<SlotCount> out;
    for (const auto& [id, code] : cameras) {
        count.bind(1, slotMs).bind(2, id).bind(3, sinceMs);
        while (count.step())
            out.push_back({ code, count.int64(0) * slotMs, count.int64(1) });
        count.reset();
    }
    return out;
}

qint64 SqliteReadStore::sizeOnDisk()
{
    return m_db.prepared("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")
        .scalar()
        .value_or(0);
}

} // namespace kestrel
