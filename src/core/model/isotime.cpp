#include "core/model/isotime.h"

#include <QDateTime>

QString isoUtc(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
}
