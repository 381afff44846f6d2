// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolesettings.h"

#include <algorithm>

namespace kestrel {

namespace {
const QString themeKey = QStringLiteral("console/theme");
const QString scaleKey = QStringLiteral("console/font_scale");
} // namespace

ConsoleSettings::ConsoleSettings(const QString& themeOverride, QObject* parent)
    : QObject(parent)
    , m_theme(m_settings.value(themeKey, QStringLiteral("dark")).toString())
    , m_fontScale(std::clamp(m_settings.value(scaleKey, 1.0).toDouble(), 0.8, 2.5))
{
    if (!themes().contains(m_theme))
        m_theme = QStringLiteral("dark");
    if (themes().contains(themeOverride))
        m_theme = themeOverride;
}

QStringList ConsoleSettings::themes()
{
    return { QStringLiteral("dark"), QStringLiteral("light"), QStringLiteral("contrast") };
}

void ConsoleSettings::setTheme(const QString& theme)
{
    if (theme == m_theme || !themes().contains(theme))
        return;
    m_theme = theme;
    m_settings.setValue(themeKey, theme);
    Q_EMIT themeChanged();
}

void ConsoleSettings::setFontScale(double scale)
{
    scale = std::clamp(scale, 0.8, 2.5);
    if (qFuzzyCompare(scale, m_fontScale))
        return;
    m_fontScale = scale;
    m_settings.setValue(scaleKey, scale);
    Q_EMIT fontScaleChanged();
}

} // namespace kestrel
