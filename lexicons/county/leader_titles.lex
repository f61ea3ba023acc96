# 县领导职务（第四条：县领导职务一般不超过两个；第九条：涉及县领导的须送其审核）。
# 供 leader 检查使用，本身不产生发现。
@category leader_title
@role     reference
@draft    note
@comment  note
@article  第四条
@boundary substring
@message  县领导职务“{term}”

县委书记
县委副书记
县委常委
县长
常务副县长
副县长
县人大常委会主任
县人大常委会副主任
县人民政府党组书记
县政府党组书记
县政协主席
县政协副主席
县纪委书记
县监委主任
县委组织部部长
县委宣传部部长
县委统战部部长
县委政法委书记
县人武部部长
县人民法院院长
县人民检察院检察长
县委党校校长
