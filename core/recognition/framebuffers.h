// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kestrel::recognition {

// Asks the C library to keep the memory of freed working images for the next frame rather than hand it back to the
// system. Reading one frame allocates and frees tens of megabytes of working images (scaled copies, ink, labels);
// mapped afresh each time, their page faults cost more than the work done on them on a virtual machine (finding the
// rows of a 1000x750 photograph: 52 ms, 20 ms with the memory kept). Process-wide: each program that reads plates
// calls it once, first thing.
void keepFrameBuffers();

} // namespace kestrel::recognition
