#include "AppServices.h"
