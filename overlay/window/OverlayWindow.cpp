#include "window/OverlayWindow.h"
