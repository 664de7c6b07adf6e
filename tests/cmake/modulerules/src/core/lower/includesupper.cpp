#include "core/upper/upper.h"
int lowerUsesUpper()
{
    return upper();
}
