#pragma once

#include <QString>

// "2021-06-26T20:25:32Z": how every output of the project writes a time.
QString isoUtc(qint64 unixSeconds);
