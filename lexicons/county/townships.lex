# 维西傈僳族自治县的乡镇（第九条：涉及其他单位的须送其审核）。供 unit 检查使用。
@category township
@role     reference
@draft    note
@comment  note
@article  第九条
@boundary substring
@message  乡镇“{term}”

保和镇
叶枝镇
塔城镇
永春乡
攀天阁乡
白济汛乡
康普乡
巴迪乡
中路乡
维登乡
