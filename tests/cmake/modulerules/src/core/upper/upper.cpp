#include "core/upper/upper.h"
int upper()
{
    return 1;
}
