// SPDX-License-Identifier: GPL-3.0-or-later
#include "framebuffers.h"

#include <malloc.h>

namespace kestrel::recognition {

void keepFrameBuffers()
{
    // Blocks up to 64 MB come from the heap, not from a mapping of their own, and up to 256 MB freed at the heap's
    // top stays with the process: a 4K frame's working images fit both.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

} // namespace kestrel::recognition
