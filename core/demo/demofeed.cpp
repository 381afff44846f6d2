// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofeed.h"

#include "engine/engine.h"
#include "hotlist/hotliststore.h"
#include "vrm/vrm.h"

#include <algorithm>
#include <array>

namespace kestrel {

namespace {
constexpr std::string_view tagLetters = "ABCDEFGHJKLMNOPRSTUVWXY"; // no I, Q, Z
constexpr std::string_view serialLetters = "ABCDEFGHJKLMNOPRSTUVWXYZ"; // no I, Q
constexpr std::array<const char*, 6> cameras
    = { "M4-J10-EB", "M4-J11-WB", "A34-NEWBURY-NB", "A329M-LOOP-SB", "A33-RELIEF-NB", "MOBILE-RV21" };

struct DemoCategory {
    const char* category;
    Priority priority;
    const char* action;
};
constexpr std::array<DemoCategory, 8> categories = { {
    { "firearms", Priority::High, "Armed subjects believed in vehicle. Do not approach. ARV only." },
    { "wanted person", Priority::High, "Driver wanted on warrant. Stop and arrest." },
    { "missing person", Priority::High, "High-risk missing person may be in vehicle. Stop and check welfare." },
    { "stolen vehicle", Priority::Medium, "Reported stolen. Stop, secure vehicle, arrest occupants." },
    { "major crime", Priority::Medium, "Linked to an ongoing investigation. Do not stop. Report sighting to MIR." },
    { "no insurance", Priority::Low, "No insurance on MID. Stop, check, seize under s165 if confirmed." },
    { "no mot", Priority::Low, "No valid MOT. Advise or report if stopped." },
    { "intelligence", Priority::Low, "Intelligence marker. Record sighting only." },
} };

char pick(QRandomGenerator& random, std::string_view from)
{
    return from[random.bounded(int(from.size()))];
}
} // namespace

std::string randomUkVrm(QRandomGenerator& random)
{
    std::string vrm;
    vrm += pick(random, tagLetters);
    vrm += pick(random, tagLetters);
    const int year = 2 + random.bounded(25); // 02 .. 26
    const int age = random.bounded(2) ? year + 50 : year;
    vrm += char('0' + age / 10);
    vrm += char('0' + age % 10);
    for (int i = 0; i < 3; ++i)
        vrm += pick(random, serialLetters);
    return vrm;
}

std::vector<HotlistEntry> seedDemoHotlist(HotlistStore& store, qint64 nowMs, quint32 seed)
{
    std::vector<HotlistEntry> entries;
    if (store.count() > 0) {
        store.forEachUnexpired(nowMs, [&](const HotlistEntry& e) { entries.push_back(e); });
        return entries;
    }
    QRandomGenerator random(seed);
    for (int i = 0; i < 40; ++i) {
        const auto& c = categories[size_t(i) % categories.size()];
        HotlistEntry e;
        e.vrm = randomUkVrm(random);
        e.list = QStringLiteral("Demo");
        e.category = QString::fromLatin1(c.category);
        e.priority = c.priority;
        e.action = QString::fromLatin1(c.action);
        e.source = i % 3 ? QStringLiteral("PNC") : QStringLiteral("Local intelligence");
        e.reference = QStringLiteral("DEMO/%1").arg(1000 + i);
        e.effectiveMs = nowMs - 24 * 3600 * 1000LL;
        e.expiryMs = nowMs + 90 * 24 * 3600 * 1000LL;
        entries.push_back(std::move(e));
    }
    store.add(entries, nowMs);
    return entries;
}

DemoFeed::DemoFeed(
    Engine& engine, std::vector<HotlistEntry> hotlist, double readsPerSecond, double hitShare, quint32 seed)
    : m_engine(engine)
    , m_hotlist(std::move(hotlist))
    , m_hitShare(hitShare)
    , m_random(seed)
{
    m_timer.setInterval(std::max(1, int(1000 / readsPerSecond)));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // A refused read is simply not made: demo traffic has no camera waiting to resend it.
        m_engine.submit({ nextRead() });
    });
}

void DemoFeed::start()
{
    m_timer.start();
}
void DemoFeed::stop()
{
    m_timer.stop();
}

Read DemoFeed::nextRead()
{
    Read read;
    read.camera = cameras[size_t(m_random.bounded(int(cameras.size())))];
    read.timeMs = m_engine.clock()();
    read.confidence = float(0.80 + m_random.bounded(0.19));
    if (!m_hotlist.empty() && m_random.generateDouble() < m_hitShare) {
        read.vrm = m_hotlist[size_t(m_random.bounded(int(m_hotlist.size())))].vrm;
        // Now and then the camera misreads one confusable character.
        if (m_random.bounded(4) == 0) {
            for (char& c : read.vrm) {
                if (const char misread = vrm::misreadTwin(c)) {
                    c = misread;
                    read.confidence = 0.62f;
                    break;
                }
            }
        }
    } else {
        read.vrm = randomUkVrm(m_random);
    }
    return read;
}

} // namespace kestrel
