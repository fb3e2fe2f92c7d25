/* TEST-ONLY stand-in for Windows' bcryptprimitives.dll, for running the frozen app under wine 8.
 *
 * Programs built with Rust >= 1.78 (python-calamine's extension module) import ProcessPrng from
 * bcryptprimitives.dll, which every Windows 10/11 has but wine 8.0 (Debian 12) does not: the import
 * fails with "DLL load failed ... Module not found". installer/ci-test.sh compiles this file with
 * mingw-w64 and copies the DLL into the *throwaway wine prefix's* system32. It never goes into the
 * bundle or the installer: real Windows uses its own.
 */
#include <windows.h>

/* advapi32!SystemFunction036, a.k.a. RtlGenRandom: fills a buffer with random bytes. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
