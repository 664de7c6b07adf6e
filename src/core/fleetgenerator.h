#pragma once
// Being written: synthetic fleet generator.
