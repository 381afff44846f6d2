// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <vector>

namespace kestrel {

// The p-th percentile (0..100) of samples, nearest rank; 0 when there are none. Sorts the samples, so that
// samples.back() is then the largest.
inline double percentile(std::vector<double>& samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<size_t>(p / 100.0 * double(samples.size() - 1) + 0.5);
    return samples[std::min(index, samples.size() - 1)];
}

} // namespace kestrel
