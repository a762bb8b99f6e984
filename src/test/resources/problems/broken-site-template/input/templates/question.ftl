<#ftl output_format="HTML">
<p>${question.promt}</p>
