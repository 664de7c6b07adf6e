#include "core/report/jsonvalues.h"

#include <QJsonDocument>

namespace JsonValues {

QString line(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace JsonValues
