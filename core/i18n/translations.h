// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace kestrel {

// Installs Kestrel's translation for the user's language (built in at :/i18n), if there is one.
void installTranslations(QCoreApplication& app);

} // namespace kestrel
