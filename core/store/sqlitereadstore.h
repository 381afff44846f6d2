// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readstore.h"

namespace kestrel {

class Database;

// The read store on a Kestrel SQLite database. Rows are small (VRM and camera by number); images sit in
// their own table.
class SqliteReadStore final : public ReadStore {
public:
    explicit SqliteReadStore(Database& db);

    void append(std::span<Read> reads) override;
    ReadPage search(const ReadQuery& query, const SearchProgress& progress = {}) override;
    ReadImages images(qint64 readId) override;
    // One read by its id (nothing if it was deleted).
    std::optional<Read> get(qint64 readId);
    qint64 count() override;
    std::vector<std::pair<std::string, qint64>> countByCamera() override;
    std::vector<SlotCount> countBySlot(qint64 sinceMs, qint64 slotMs) override;
    qint64 sizeOnDisk() override;

private:
    qint64 cameraId(const std::string& code);
    qint64 vrmId(const std::string& vrm);
    std::vector<qint64> vrmIds(const ReadQuery& query);

    Database& m_db;
};

} // namespace kestrel
