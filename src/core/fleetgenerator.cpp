#include "fleetgenerator.h"
