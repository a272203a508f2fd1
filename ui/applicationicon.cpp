#include "ui/applicationicon.h"

using namespace Qt::StringLiterals;

namespace gig {

QIcon applicationIcon()
{
    return QIcon(u":/icons/gigmap.svg"_s);
}

} // namespace gig
