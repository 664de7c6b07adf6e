int lower()
{
    return 0;
}
