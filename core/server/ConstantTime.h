#pragma once

#include <QByteArrayView>

namespace Dewey {

// Compares secrets (tokens, signatures) in time that depends only on their lengths, so a remote
// caller cannot learn a secret byte by byte from response timing.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace Dewey
