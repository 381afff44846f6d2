// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QtQml/qqmlregistration.h>

namespace kestrel {

// How this console looks, kept for it between shifts: the theme (dark, light or high contrast) and how
// large the text is.
class ConsoleSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console's main() provides its settings")
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(double fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)
public:
    // themeOverride: a theme for this run only (not kept), e.g. from the command line.
    explicit ConsoleSettings(const QString& themeOverride = {}, QObject* parent = nullptr);

    static QStringList themes(); // dark, light, contrast
    QString theme() const { return m_theme; }
    void setTheme(const QString& theme);
    double fontScale() const { return m_fontScale; }
    // Clamped to 0.8 .. 2.5.
    void setFontScale(double scale);

Q_SIGNALS:
    void themeChanged();
    void fontScaleChanged();

private:
    QSettings m_settings;
    QString m_theme;
    double m_fontScale;
};

} // namespace kestrel
