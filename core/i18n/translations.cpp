// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace kestrel {

void installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    // The user's language if Kestrel speaks it; otherwise British English (whose plural forms are filled in).
    // KESTREL_TRANSLATION_FILE names a .qm to use instead, to check layouts with another language's lengths
    // (translations/pseudo_long.py makes one 40% longer than English).
    const QString file = qEnvironmentVariable("KESTREL_TRANSLATION_FILE");
    if ((!file.isEmpty() && translator->load(file))
        || translator->load(QLocale(), QStringLiteral("kestrel"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/kestrel_en_GB")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace kestrel
