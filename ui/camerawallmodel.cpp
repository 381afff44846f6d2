// SPDX-License-Identifier: GPL-3.0-or-later
#include "camerawallmodel.h"

#include "cameraplaces.h"

#include "cameras/framehub.h"
#include "io/isotime.h"

#include <QImage>
#include <QPainter>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <algorithm>
#include <cstring>

namespace kestrel {

namespace {
bool sameShown(const CameraStatus& a, const CameraStatus& b)
{
    return a.state == b.state && a.silent == b.silent && a.readsLastMinute == b.readsLastMinute
        && a.framesDropped == b.framesDropped && a.reconnects == b.reconnects && a.lastHeardMs == b.lastHeardMs;
}
} // namespace

CameraWallModel::CameraWallModel(CameraHealth& health, FrameHub& frames, const CameraPlaces* places, QObject* parent)
    : QAbstractListModel(parent)
    , m_health(health)
    , m_frames(frames)
    , m_places(places)
{
    connect(&m_frames, &FrameHub::framePut, this, &CameraWallModel::show, Qt::QueuedConnection);
    connect(&m_timer, &QTimer::timeout, this, &CameraWallModel::refresh);
    m_timer.start(std::chrono::seconds(1));
    refresh();
}

int CameraWallModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CameraWallModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CameraStatus& s = m_rows[size_t(index.row())];
    switch (role) {
    case CodeRole:
    case Qt::DisplayRole:
        return QString::fromStdString(s.code);
    case StatusRole:
        if (s.silent)
            return tr("silent since %1").arg(isotime::format(s.lastHeardMs));
        return s.state.isEmpty() ? tr("online") : s.state;
    case SilentRole:
        return s.silent;
    case ReadsPerMinuteRole:
        return s.readsLastMinute;
    case FramesDroppedRole:
        return s.framesDropped;
    case ReconnectsRole:
        return s.reconnects;
    case NameRole:
        return m_places ? m_places->label(s.code) : QString::fromStdString(s.code);
    case PlaceRole:
        return m_places ? m_places->place(s.code) : QString();
    case VideoRole:
        return m_withVideo.contains(QString::fromStdString(s.code));
    case PushesRole:
        return m_places && m_places->pushesReads(s.code);
    }
    return {};
}

QHash<int, QByteArray> CameraWallModel::roleNames() const
{
    return { { CodeRole, "code" }, { StatusRole, "status" }, { SilentRole, "silent" },
        { ReadsPerMinuteRole, "readsPerMinute" }, { FramesDroppedRole, "framesDropped" },
        { ReconnectsRole, "reconnects" }, { NameRole, "name" }, { PlaceRole, "place" }, { VideoRole, "video" },
        { PushesRole, "pushes" } };
}

void CameraWallModel::refresh()
{
    // The health snapshot is sorted by code; a camera heard for the first time is inserted in its place.
    for (CameraStatus& status : m_health.snapshot()) {
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), status.code,
            [](const CameraStatus& row, const std::string& code) { return row.code < code; });
        const int row = int(at - m_rows.begin());
        if (at == m_rows.end() || at->code != status.code) {
            beginInsertRows({}, row, row);
            m_rows.insert(at, std::move(status));
            endInsertRows();
            Q_EMIT countChanged();
        } else if (!sameShown(*at, status)) {
            *at = std::move(status);
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
}

void CameraWallModel::attach(const QString& camera, QVideoSink* sink)
{
    if (sink)
        m_sinks.insert(camera, sink);
    else
        m_sinks.remove(camera);
    show(camera);
}

void CameraWallModel::show(const QString& camera)
{
    if (!m_withVideo.contains(camera) && m_frames.latest(camera)) {
        m_withVideo.insert(camera);
        const std::string code = camera.toStdString();
        for (size_t row = 0; row < m_rows.size(); ++row)
            if (m_rows[row].code == code)
                Q_EMIT dataChanged(index(int(row)), index(int(row)), { VideoRole });
    }
    const auto sink = m_sinks.value(camera);
    if (!sink)
        return;
    const auto shown = m_frames.latest(camera);
    if (!shown || shown->bgr.size() < qsizetype(shown->width) * shown->height * 3)
        return;
    QImage image = QImage(reinterpret_cast<const uchar*>(shown->bgr.constData()), shown->width, shown->height,
        shown->width * 3, QImage::Format_BGR888)
                       .convertToFormat(QImage::Format_RGBX8888);
    // The plates read in this frame, boxed, with what was read.
    QPainter painter(&image);
    painter.setPen(QPen(QColor(255, 210, 0), 2));
    QFont font = painter.font();
    font.setPixelSize(14);
    font.setBold(true);
    painter.setFont(font);
    for (const RecognisedPlate& plate : shown->plates) {
        const QRect box(plate.box.x, plate.box.y, plate.box.width, plate.box.height);
        painter.drawRect(box.adjusted(-3, -3, 3, 3));
        painter.drawText(box.bottomLeft() + QPoint(0, 18), QString::fromStdString(plate.text));
    }
    painter.end();

    QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_RGBX8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return;
    const int rowBytes = std::min(int(image.bytesPerLine()), frame.bytesPerLine(0));
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), image.constScanLine(y), size_t(rowBytes));
    frame.unmap();
    sink->setVideoFrame(frame);
}

} // namespace kestrel
